using System.Diagnostics;
using System.Text.Json;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>
/// Finishes a dataset in a run directory, the same way for a run, a merge and an export: the source files become the
/// final shards in data/, then stats.json, then the card, and last the completed marker that says the dataset is
/// whole. A run's parts are deleted once the shards hold their rows; an empty parts/ folder is not left behind.
/// </summary>
internal sealed class DatasetFinisher(WritingOptions options)
{
    public async Task<DatasetSummary> FinishAsync(
        RunDirectory run,
        DatasetSources sources,
        CardSettings card,
        Func<DatasetSummary, TimeSpan, StatsSnapshot> statsAfterConsolidation,
        CancellationToken cancellationToken
    )
    {
        var watch = Stopwatch.StartNew();
        var summary = await new ShardConsolidator(options).ConsolidateAsync(
            sources.Files,
            run.Data,
            cancellationToken,
            sources.Keep
        );
        var stats = statsAfterConsolidation(summary, watch.Elapsed);
        await stats.WriteAsync(run.Stats, cancellationToken);
        await AtomicFile.WriteTextAsync(run.Card, DatasetCard.Render(summary, card, stats), cancellationToken);
        await AtomicFile.WriteTextAsync(run.CompletedMarker, JsonSerializer.Serialize(summary), cancellationToken);
        if (sources.DeleteWhenDone)
            DeleteParts(run, sources.Files);
        return summary;
    }

    /// <summary>The summary a finished directory's completed marker holds.</summary>
    public static DatasetSummary ReadCompleted(RunDirectory run) =>
        JsonSerializer.Deserialize<DatasetSummary>(File.ReadAllText(run.CompletedMarker))
        ?? throw new InvalidDataException($"{run.CompletedMarker} is empty.");

    private static void DeleteParts(RunDirectory run, IReadOnlyList<string> parts)
    {
        foreach (var part in parts)
            File.Delete(part);
        if (Directory.Exists(run.Parts) && !Directory.EnumerateFileSystemEntries(run.Parts).Any())
            Directory.Delete(run.Parts);
    }
}

/// <summary>
/// The Parquet files a dataset is made from, the rows of them to keep (all when null), and whether the files are the
/// run's own parts, deleted once the shards hold their rows.
/// </summary>
internal sealed record DatasetSources(
    IReadOnlyList<string> Files,
    Func<DatasetRow, bool>? Keep = null,
    bool DeleteWhenDone = false
);
