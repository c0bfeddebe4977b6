using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Setup;

namespace WebSight.Core.Styling;

/// <summary>
/// With <c>--styling css</c>, between generation and validation: each Tailwind page (template or <c>render</c>
/// input) becomes plain HTML + CSS through <see cref="CssConverter"/>, its CSS from the run's profile (the 2.2.19
/// subset, or this stage's own compiler worker for 3 and 4). Pages without Tailwind pass as they are.
/// </summary>
internal sealed class StylingStage : IStage<GeneratedPage, GeneratedPage>, IDisposable
{
    public const string StageName = "styling";

    private readonly TailwindRules _rules;
    private readonly TailwindCompiler? _compiler;

    public StylingStage(TailwindProfile profile, TailwindRules rules)
    {
        _rules = rules;
        _compiler = profile.Compiled ? TailwindCompiler.Start(profile) : null;
    }

    public string Name => StageName;

    /// <summary>One compiler worker answers one page at a time; the 2.2.19 subset is thread-safe.</summary>
    public int Parallelism => _compiler is null ? Environment.ProcessorCount : 1;

    public ValueTask<StepResult<GeneratedPage>> RunAsync(GeneratedPage input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StepResult<GeneratedPage>.Pass(Convert(input)));

    public GeneratedPage Convert(GeneratedPage page)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html);
        if (!CssConverter.UsesTailwind(document))
            return page;
        var sections = page.Generator == TemplateGenerator.GeneratorName ? page.Sections : null;
        return page with { Html = ConvertHtml(page.Html, sections) };
    }

    /// <param name="sections">The template generator's section names, when it made the page.</param>
    public string ConvertHtml(string html, IReadOnlyList<string>? sections) =>
        CssConverter.Convert(html, sections, CssFor);

    public string CssFor(IReadOnlyCollection<string> classes) =>
        _compiler is null ? Encoding.UTF8.GetString(_rules.SubsetFor(classes)) : _compiler.Compile(classes);

    public void Dispose() => _compiler?.Dispose();
}
