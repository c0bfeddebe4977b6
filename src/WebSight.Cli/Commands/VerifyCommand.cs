using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Writing;

namespace WebSight.Cli.Commands;

/// <summary>`websight verify`: checks a dataset and exits non-zero on any fault, listing each.</summary>
internal sealed class VerifyCommand : AsyncCommand<VerifySettings>
{
    private const int MaxFaultsShown = 50;

    public override async Task<int> ExecuteAsync(
        CommandContext context,
        VerifySettings settings,
        CancellationToken cancellationToken
    )
    {
        if (!System.IO.Directory.Exists(settings.Directory))
            throw new Core.Foundation.OptionsException("DIR", $"{settings.Directory} does not exist");
        var report = await new DatasetVerifier(decodeImages: !settings.HeadersOnly).VerifyAsync(
            settings.Directory,
            cancellationToken
        );
        if (report.Ok)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[green]OK.[/] {report.Rows} rows in {report.Shards} shard(s); ids unique; every image decodes; the card agrees."
            );
            return ExitCodes.Success;
        }
        foreach (var fault in report.Faults.Take(MaxFaultsShown))
            AnsiConsole.MarkupLineInterpolated($"[red]fault:[/] {fault}");
        if (report.Faults.Count > MaxFaultsShown)
            AnsiConsole.MarkupLineInterpolated($"... and {report.Faults.Count - MaxFaultsShown} more.");
        AnsiConsole.MarkupLineInterpolated(
            $"[red]{report.Faults.Count} fault(s)[/] in {report.Rows} rows, {report.Shards} file(s)."
        );
        return ExitCodes.Failure;
    }
}
