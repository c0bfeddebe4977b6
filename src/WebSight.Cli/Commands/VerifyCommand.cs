using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Writing;

namespace WebSight.Cli.Commands;

/// <summary>The arguments of `websight verify`.</summary>
internal sealed class VerifySettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("A dataset directory (with data/ and README.md), e.g. the --out of a run.")]
    public string Directory { get; init; } = "";

    [CommandOption("--headers-only")]
    [Description("Check image headers and sizes without decoding every image (faster on huge datasets).")]
    public bool HeadersOnly { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }
}

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
