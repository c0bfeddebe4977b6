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
        var source = InputPageSource.Open(settings.Input!);
        return PipelineCommand.RunAsync(settings.ToOptions(source), _ => source, settings.Verbose, cancellationToken);
    }
}
