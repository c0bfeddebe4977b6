using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Pipeline;

namespace WebSight.Cli.Commands;

/// <summary>`websight eval`: score a model's HTML against a reference dataset, rendered by the same renderer.</summary>
internal sealed class EvalCommand : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        EvalSettings settings,
        CancellationToken cancellationToken
    )
    {
        var watch = Stopwatch.StartNew();
        var options = settings.ToOptions();
        var outcome = await new EvaluationRunner(
            options,
            message => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]")
        ).RunAsync(cancellationToken);

        var table = new Table().AddColumn("metric").AddColumn("mean").AddColumn("95 % interval");
        foreach (var metric in outcome.Metrics)
            table.AddRow(
                metric.Name,
                metric.Mean.ToString("F4", CultureInfo.InvariantCulture),
                $"{metric.Low.ToString("F4", CultureInfo.InvariantCulture)} – {metric.High.ToString("F4", CultureInfo.InvariantCulture)}"
            );
        AnsiConsole.Write(table);
        var failed = outcome.Rows.Count(r => r.Failure is not null);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Done[/] in {watch.Elapsed.TotalSeconds:F1} s: {outcome.Rows.Count} pairs ({outcome.ScoredNow} scored now), {failed} failed, {outcome.Problems.Count} prediction lines not scored; visual = {outcome.Visual}."
        );
        foreach (var reason in outcome.Rows.Where(r => r.Failure is not null).GroupBy(r => r.Failure))
            AnsiConsole.MarkupLineInterpolated($"  failed [yellow]{reason.Key}[/]: {reason.Count()}");
        foreach (var reason in outcome.Problems.GroupBy(p => p.Code))
            AnsiConsole.MarkupLineInterpolated($"  not scored [yellow]{reason.Key}[/]: {reason.Count()}");
        AnsiConsole.MarkupLineInterpolated(
            $"Scores in {Path.Combine(options.OutputDirectory, "scores.parquet")}, summary.json and report.md beside it."
        );
        return ExitCodes.Success;
    }
}
