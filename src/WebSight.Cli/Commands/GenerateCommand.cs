using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Cli.Console;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Cli.Commands;

/// <summary>`websight generate`: builds the pipeline from the flags, runs it with progress, returns the exit code.</summary>
internal sealed class GenerateCommand : AsyncCommand<GenerateSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        GenerateSettings settings,
        CancellationToken cancellationToken
    )
    {
        var options = settings.ToOptions();
        options.Validate();
        var tailwind = TailwindStylesheet.Load(options.TailwindPath);
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var stats = new RunStats();
        var generator = GeneratorFactory.Create(options, stats);
        var validator = new HtmlValidator(options.Validation, rules);
        var executable = BrowserLocator.Locate(options.Render.BrowserPath);
        var resources = new OfflineResources(rules, tailwind.Bytes, options.Render.ServeFullStylesheet);

        var display = new ProgressDisplay(options.Sharding.ShareOf(options.Count), stats);
        var runner = new PipelineRunner(
            options,
            generator,
            validator,
            runStats => RenderPool.StartAsync(options.Render, resources, executable, runStats),
            stats,
            display.Log
        );
        if (settings.Verbose)
            display.Log(
                $"Browser: {executable}; {options.Render.Workers} worker(s); templates: {options.Templates.TemplatesDirectory ?? "embedded"}."
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
