using Spectre.Console;
using WebSight.Cli.Console;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Cli.Commands;

/// <summary>What generate and render share: set up the stages from validated options, run with progress, report.</summary>
internal static class PipelineCommand
{
    public static async Task<int> RunAsync(
        GenerateOptions options,
        Func<RunStats, IPageGenerator> createGenerator,
        bool verbose,
        CancellationToken cancellationToken
    )
    {
        options.Validate();
        var tailwind = TailwindStylesheet.Load(options.TailwindPath);
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var stats = new RunStats();
        var generator = createGenerator(stats);
        // The LLM generator holds an HTTP client and the SQLite cache; close them when the run ends.
        using var disposeGenerator = generator as IDisposable;
        var validator = new HtmlValidator(options.Validation, rules);
        var executable = BrowserLocator.Locate(options.Render.BrowserPath);
        var resources = new OfflineResources(rules, tailwind.Bytes, options.Render.ServeFullStylesheet);

        var target = options.Sharding.ShareOf((int)(generator.FixedSampleCount ?? options.Count));
        var display = new ProgressDisplay(target, stats);
        var runner = new PipelineRunner(
            options,
            generator,
            validator,
            runStats =>
                RenderPool.StartAsync(
                    options.Render,
                    resources,
                    executable,
                    runStats,
                    new WebSight.Core.Quality.QualityChecker(options.Quality)
                ),
            stats,
            display.Log
        );
        if (verbose)
            display.Log(
                $"Browser: {executable}; {options.Render.Workers} worker(s); generator: {generator.Name}; shard {options.Sharding.Index} of {options.Sharding.Count}."
            );

        var outcome = await display.RunAsync(() => runner.RunAsync(cancellationToken));
        switch (outcome.Status)
        {
            case RunStatus.Completed:
            case RunStatus.AlreadyComplete:
                AnsiConsole.MarkupLineInterpolated($"[green]Done.[/] {outcome.Message}");
                PrintSummary(outcome.Stats);
                return ExitCodes.Success;
            default:
                AnsiConsole.MarkupLineInterpolated($"[red]Stopped.[/] {outcome.Message}");
                PrintSummary(outcome.Stats);
                return ExitCodes.Failure;
        }
    }

    private static void PrintSummary(StatsSnapshot stats)
    {
        AnsiConsole.MarkupLineInterpolated(
            $"{stats.Accepted} rendered ({stats.PagesPerSecond:F1} pages/s), {stats.ResumedFromParts} resumed, {stats.Rejected} rejected."
        );
        foreach (var (reason, count) in stats.RejectedByReason)
            AnsiConsole.MarkupLineInterpolated($"  rejected [yellow]{reason}[/]: {count}");
    }
}
