using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// The one place the pipeline is put together, for the CLI, the benchmark and the tests alike: the options are
/// validated once, the shared assets loaded, and the stages chained generate → validate → render → quality → write.
/// A new stage is one line in <see cref="PlanStagesAsync"/>.
/// </summary>
internal sealed class PipelineBuilder
{
    private readonly RunOptions _options;
    private readonly TailwindStylesheet _tailwind;
    private readonly TailwindRules _rules;
    private readonly string _browser;

    /// <param name="options">The run's settings; validated here, before anything is loaded or started.</param>
    /// <param name="tailwind">The stylesheet and its parsed rules when the caller has them loaded already (tests, bench).</param>
    /// <param name="browser">The Chromium binary, when the caller has found it already.</param>
    public PipelineBuilder(
        RunOptions options,
        (TailwindStylesheet Sheet, TailwindRules Rules)? tailwind = null,
        string? browser = null
    )
    {
        options.Validate();
        _options = options;
        _tailwind = tailwind?.Sheet ?? TailwindStylesheet.Load(options.TailwindPath);
        _rules = tailwind?.Rules ?? TailwindRules.Parse(_tailwind.Bytes);
        _browser = browser ?? BrowserLocator.Locate(options.Render.BrowserPath);
    }

    public string Browser => _browser;

    /// <summary>The runner for this run around <paramref name="source"/> (from <see cref="PageSources.Create"/> unless `render` opened one).</summary>
    public PipelineRunner Build(IPageSource source, RunStats stats, Action<string>? log = null) =>
        new(_options, source, parts => PlanStagesAsync(source, parts, stats, log), stats, log);

    private async Task<StagePlan> PlanStagesAsync(
        IPageSource source,
        PartStore parts,
        RunStats stats,
        Action<string>? log
    )
    {
        var profile = _options.Tailwind;
        // A missing compiler stops the run here, with the message that says how to install it, before any browser.
        var compiled = profile.Compiled ? CompiledClasses.Start(profile) : null;
        ITailwindClasses classes = compiled ?? (ITailwindClasses)_rules;
        var resources = new OfflineResources(
            _rules,
            _tailwind.Bytes,
            _options.Render.ServeFullStylesheet,
            profile: profile
        );
        RenderStage render;
        try
        {
            render = await RenderStage.StartAsync(_options.Render, resources, _browser, stats);
        }
        catch
        {
            compiled?.Dispose();
            throw;
        }
        // An LLM asked for plain CSS writes it itself, and so does the template generator made for a css run (to
        // keep its token budget for the CSS); other pages are Tailwind pages to convert.
        var styling =
            _options.Styling == PageStyling.Css
            && source.Name != Llm.LlmPageGenerator.GeneratorName
            && source is not CssTemplatePages
                ? new StylingStage(profile, _rules)
                : null;
        var generated = StageChain<GeneratedPage>.Start(new GenerateStage(source));
        var chain = (styling is null ? generated : generated.Then(styling))
            .Then(new HtmlValidator(_options.Validation, classes))
            .Then(render)
            .Then(new QualityStage(_options.Quality, render.Parallelism, stats, parts.CommittedHashes))
            .Then(new WriteStage(parts, _options.Writing, profile.Version, _options.Styling.Name()));
        return new StagePlan(
            chain,
            async () =>
            {
                if (render.BrowserRestarts > 0)
                    log?.Invoke($"Browsers restarted {render.BrowserRestarts} time(s) after crashes or hangs.");
                await render.DisposeAsync();
                compiled?.Dispose();
                styling?.Dispose();
            }
        );
    }
}
