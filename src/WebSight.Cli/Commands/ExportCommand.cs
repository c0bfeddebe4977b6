using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Quality;
using WebSight.Review;

namespace WebSight.Cli.Commands;

/// <summary>`websight export`: writes the reviewed rows as a new Hugging Face-ready dataset and says what it left out.</summary>
internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        ExportSettings settings,
        CancellationToken cancellationToken
    )
    {
        var result = await DatasetExporter.ExportAsync(
            settings.ToOptions(),
            new QualityOptions(),
            System.Console.Error,
            cancellationToken
        );
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Exported[/] {result.Rows:N0} rows to {result.Directory}; removed {result.Removed:N0}."
        );
        foreach (var (reason, count) in result.RemovedByReason)
            AnsiConsole.MarkupLineInterpolated($"  removed, {reason}: {count:N0}");
        return ExitCodes.Success;
    }
}
