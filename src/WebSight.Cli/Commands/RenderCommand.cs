using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Input;

namespace WebSight.Cli.Commands;

/// <summary>`websight render`: HTML a user already has, through the same validation, rendering and writing.</summary>
internal sealed class RenderCommand : AsyncCommand<RenderSettings>
{
    public override Task<int> ExecuteAsync(
        CommandContext context,
        RenderSettings settings,
        CancellationToken cancellationToken
    )
    {
        // A page file over the validator's limit is refused unread, not loaded to be refused there.
        var source = InputPageSource.Open(settings.Input!, settings.MaxHtmlKb * 1024L);
        foreach (var line in source.SkipSummary())
            AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]");
        return PipelineCommand.RunAsync(
            settings.ToOptions(source),
            stats =>
            {
                source.CountSkips(stats);
                return source;
            },
            settings.Verbose,
            cancellationToken
        );
    }
}
