using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Quality;
using WebSight.Core.Writing;

namespace WebSight.Cli.Commands;

/// <summary>`websight merge`: shard outputs in, one dataset out, with renumbered shards, one card and summed stats.</summary>
internal sealed class MergeCommand : AsyncCommand<MergeSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        MergeSettings settings,
        CancellationToken cancellationToken
    )
    {
        var options = new WritingOptions { ShardMaxBytes = (long)settings.ShardSizeMb * 1024 * 1024 };
        options.Validate();
        var quality = new QualityOptions
        {
            ImageHashMaxDistance = settings.DedupImageDistance,
            TextHashMaxDistance = settings.DedupTextDistance,
        };
        quality.Validate();
        var summary = await new DatasetMerger(options, quality, settings.AllowPartial).MergeAsync(
            settings.Inputs,
            settings.Out!,
            cancellationToken
        );
        AnsiConsole.MarkupLineInterpolated(
            $"[green]Done.[/] Merged {settings.Inputs.Length} outputs into {summary.Rows} rows in {summary.Shards.Count} shard(s) at {Path.Combine(settings.Out!, "data")}."
        );
        return ExitCodes.Success;
    }
}
