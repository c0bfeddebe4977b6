using Spectre.Console;
using WebSight.Cli.Console;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;

namespace WebSight.Cli.Commands;

/// <summary>What generate and render share: build the pipeline from validated options, run it with progress, report.</summary>
internal static class PipelineCommand
{
    public static async Task<int> RunAsync(
        RunOptions options,
        Func<RunStats, IPageSource> createSource,
        bool verbose,
        CancellationToken cancellationToken
    )
    {
        var builder = new PipelineBuilder(options);
        var stats = new RunStats();
        var source = createSource(stats);
        // The LLM generator holds an HTTP client and the SQLite cache; close them when the run ends.
        using var disposeSource = source as IDisposable;
        ProgressDisplay? display = null;
        var runner = builder.Build(source, stats, message => display?.Log(message));
        display = new ProgressDisplay(runner.Target, stats);
        if (verbose)
            display.Log(
                $"Browser: {builder.Browser}; {options.Render.Workers} worker(s); generator: {source.Name}; shard {options.Sharding.Index} of {options.Sharding.Count}."
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
