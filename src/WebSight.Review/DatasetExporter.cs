using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;
using WebSight.Core.Writing;

namespace WebSight.Review;

/// <summary>
/// Writes the reviewed dataset anew: the rows the decisions keep, in the same schema and Hugging Face metadata,
/// in <c>data/train-XXXXX-of-YYYYY.parquet</c> shards (and <c>test-…</c> when the source held a test split out), with a card that records what was removed and why.
/// Rows are streamed one row group at a time, so memory holds at most one shard's rows.
/// </summary>
internal static class DatasetExporter
{
    public static async Task<ExportResult> ExportAsync(
        ExportOptions options,
        QualityOptions quality,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        options.Validate();
        SampleIndex index;
        Dictionary<string, Decision> decisions;
        using (var dataset = await ReviewedDataset.OpenAsync(options.SourceDirectory, quality, log, cancellationToken))
        {
            if (options.ExcludeFlagged)
                await dataset.Analysis.RunAsync(cancellationToken);
            index = dataset.Index;
            decisions = dataset.Decisions.All();
        }
        var files = index.Files;

        var removed = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in index.Entries)
        {
            var reason = RemovalReason(
                entry,
                decisions.GetValueOrDefault(entry.Id)?.Status ?? Decision.Unreviewed,
                options
            );
            if (reason is null)
                kept.Add(entry.Id);
            else
                removed[reason] = removed.GetValueOrDefault(reason) + 1;
        }
        if (kept.Count == 0)
            throw NothingToExport(options, removed);

        var output = new RunDirectory(Path.GetFullPath(options.OutputDirectory));
        // The export keeps the source's test split: the same ids land in test.
        var writing = new WritingOptions { ShardMaxBytes = options.ShardMaxBytes }.WithTestShare(
            SourceTestShare(files)
        );
        var summary = await new DatasetFinisher(writing).FinishAsync(
            output,
            new DatasetSources(files.Parquet, row => row.Id is not null && kept.Contains(row.Id)),
            Card(files, options, index, removed),
            (summary, _) => ExportStats(files, summary),
            cancellationToken
        );
        return new ExportResult(summary.Rows, removed.Values.Sum(), removed, output.Root);
    }

    private static double SourceTestShare(DatasetFiles files)
    {
        var manifest = new RunDirectory(files.Root).Manifest;
        return File.Exists(manifest) && JsonNode.Parse(File.ReadAllText(manifest)) is JsonObject run
            ? DatasetSplit.TestShareOf(run)
            : 0;
    }

    private static string? RemovalReason(SampleEntry entry, string status, ExportOptions options)
    {
        if (status == Decision.Rejected)
            return "rejected by a reviewer";
        if (options.AcceptedOnly && status != Decision.Accepted)
            return "not reviewed (--accepted-only)";
        if (options.ExcludeFlagged && status != Decision.Accepted && entry.Flags.FirstOrDefault() is { } flag)
            return $"QA flag `{flag}` (--exclude-flagged)";
        return null;
    }

    /// <summary>A dataset of no rows is a mistake, never a result: the refusal says what removed every row.</summary>
    private static OptionsException NothingToExport(ExportOptions options, SortedDictionary<string, long> removed)
    {
        if (options.AcceptedOnly)
            return new OptionsException(
                ExportOptions.AcceptedOnlyFlag,
                $"no row is accepted; review and accept rows first, or drop {ExportOptions.AcceptedOnlyFlag}"
            );
        if (removed.Count == 0)
            return new OptionsException("DIR", "the dataset has no rows; there is nothing to export");
        var reasons = string.Join(
            ", ",
            removed.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key}: {r.Value:N0}"))
        );
        return new OptionsException("DIR", $"every row would be removed ({reasons}); there is nothing to export");
    }

    /// <summary>The source's counters, with the rows this export kept as the accepted ones.</summary>
    private static StatsSnapshot ExportStats(DatasetFiles files, DatasetSummary summary) =>
        (StatsSnapshot.Read(files.StatsFile) ?? StatsSnapshot.Empty) with
        {
            Accepted = summary.Rows,
            ResumedFromParts = 0,
        };

    private static CardSettings Card(
        DatasetFiles files,
        ExportOptions options,
        SampleIndex index,
        SortedDictionary<string, long> removed
    )
    {
        var generator = string.Join(
            ", ",
            index.Entries.Select(e => e.Generator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
        );
        var kept = index.Entries.Count - removed.Values.Sum();
        var review = new StringBuilder();
        review.AppendLine("## Review");
        review.AppendLine();
        review.AppendLine(
            CultureInfo.InvariantCulture,
            $"Exported from {index.Entries.Count:N0} reviewed rows with `websight export`; {kept:N0} kept, {removed.Values.Sum():N0} removed."
        );
        foreach (var (reason, count) in removed)
            review.AppendLine(CultureInfo.InvariantCulture, $"- removed, {reason}: {count:N0}");
        return new CardSettings(
            generator,
            [
                KeyValuePair.Create("source", Path.GetFileName(files.Root)),
                KeyValuePair.Create("accepted-only", options.AcceptedOnly ? "true" : "false"),
                KeyValuePair.Create("exclude-flagged", options.ExcludeFlagged ? "true" : "false"),
            ],
            "WebSight-style screenshot-to-code pairs (reviewed)",
            review.ToString()
        );
    }
}

/// <summary>What an export wrote and what it left out, by reason.</summary>
internal sealed record ExportResult(
    long Rows,
    long Removed,
    IReadOnlyDictionary<string, long> RemovedByReason,
    string Directory
);
