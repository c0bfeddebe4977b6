using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Diversity;
using WebSight.Core.Foundation;
using WebSight.Core.Setup;

namespace WebSight.Cli.Commands;

/// <summary>`websight stats DIR`: how diverse a dataset is; a table, diversity.json and the card's Diversity section.</summary>
internal sealed class StatsCommand : AsyncCommand<StatsSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        StatsSettings settings,
        CancellationToken cancellationToken
    )
    {
        var watch = Stopwatch.StartNew();
        var stylesheet = TailwindRules.Parse(TailwindStylesheet.Load(settings.TailwindCss).Bytes);
        // Profiles 3 and 4 are measured when their compilers are installed (the bootstrap installs them).
        using var compiled = new CompiledProfiles();
        var report = await new DiversityAnalyzer(stylesheet, [stylesheet, .. compiled.Installed]).AnalyzeAsync(
            settings.Directory,
            settings.Against,
            cancellationToken
        );
        await report.WriteAsync(report.Dataset, cancellationToken);
        var card = new RunDirectory(report.Dataset).Card;
        await DiversityCard.UpdateAsync(card, report, cancellationToken);

        var table = new Table().AddColumn("figure").AddColumn("value");
        foreach (var (figure, value) in DiversitySummary.Rows(report))
            table.AddRow(Markup.Escape(figure), Markup.Escape(value));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Done[/] in {watch.Elapsed.TotalSeconds:F1} s: {Path.Combine(report.Dataset, DiversityReport.FileName)}, Diversity section in {card}."
        );
        return ExitCodes.Success;
    }
}
