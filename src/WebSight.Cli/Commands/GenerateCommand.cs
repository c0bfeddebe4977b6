using Spectre.Console.Cli;
using WebSight.Core.Pipeline;

namespace WebSight.Cli.Commands;

/// <summary>
/// `websight generate`: pages from a generator (the embedded templates by default) to a dataset, or with
/// `--html-only` to pages.jsonl.
/// </summary>
internal sealed class GenerateCommand : AsyncCommand<GenerateSettings>
{
    public override Task<int> ExecuteAsync(
        CommandContext context,
        GenerateSettings settings,
        CancellationToken cancellationToken
    )
    {
        var options = settings.ToOptions();
        if (settings.HtmlOnly)
            return HtmlOnlyCommand.RunAsync(options, cancellationToken);
        return PipelineCommand.RunAsync(
            options,
            stats => PageSources.Create(options, stats),
            settings.Verbose,
            cancellationToken
        );
    }
}
