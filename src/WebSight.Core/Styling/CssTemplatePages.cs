using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Profiles;
using WebSight.Core.Setup;

namespace WebSight.Core.Styling;

/// <summary>
/// The template generator of a <c>--styling css</c> run: it writes each page as plain CSS itself, so its token
/// budget holds for the CSS (each candidate page gets the profile's head and idiom, then the conversion, and is
/// counted in that form). The styling stage is then left out; this source owns the conversion's compiler worker.
/// </summary>
internal sealed class CssTemplatePages : IPageSource, IDisposable
{
    private readonly TemplateGenerator _generator;
    private readonly StylingStage _styling;

    public CssTemplatePages(TemplateGeneratorOptions options, TailwindProfile profile, TailwindRules rules)
    {
        _styling = new StylingStage(profile, rules);
        try
        {
            _generator = new TemplateGenerator(
                options,
                (html, sections) =>
                    _styling.ConvertHtml(
                        profile.Compiled ? ProfiledPages.Apply(html, profile, rewriteClasses: true) : html,
                        sections
                    )
            );
        }
        catch
        {
            _styling.Dispose();
            throw;
        }
    }

    public string Name => _generator.Name;

    /// <summary>One page at a time: the conversion's compiler worker answers one request at a time.</summary>
    public int Concurrency => 1;

    public ValueTask<StepResult<GeneratedPage>> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken) =>
        _generator.GenerateAsync(spec, cancellationToken);

    public void Dispose() => _styling.Dispose();
}
