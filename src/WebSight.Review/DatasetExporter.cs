using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Serialization;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;
using WebSight.Core.Writing;

namespace WebSight.Review;

/// <summary>
/// Writes the reviewed dataset anew: the rows the decisions keep, in the same schema and Hugging Face metadata,
/// in <c>data/train-XXXXX-of-YYYYY.parquet</c> shards, with a card that records what was removed and why.
/// Rows are streamed one row group at a time, so memory holds at most one shard's rows.
/// </summary>
internal static class DatasetExporter
{
    public static async Task<ExportResult> ExportAsync(
        ExportOptions options,
        QualityOptions quality,
        CancellationToken cancellationToken
    )
    {
        options.Validate();
        var files = DatasetFiles.Locate(options.SourceDirectory);
        var index = await SampleIndex.BuildAsync(files, cancellationToken);
        using (var analysis = new DatasetAnalysis(index, quality))
        {
            if (options.ExcludeFlagged)
                await analysis.RunAsync(cancellationToken);
        }
        Dictionary<string, Decision> decisions;
        using (var store = new DecisionStore(files.DecisionsDatabase))
            decisions = store.All();

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

        var output = Path.GetFullPath(options.OutputDirectory);
        var data = Path.Combine(output, "data");
        Directory.CreateDirectory(data);
        var written = await WriteShardsAsync(files, kept, data, options.ShardMaxBytes, cancellationToken);
        var summary = new DatasetSummary(written, written.Sum(s => s.Rows), written.Sum(s => s.Bytes));
        await File.WriteAllTextAsync(
            Path.Combine(output, "README.md"),
            Card(summary, files, options, index, removed),
            cancellationToken
        );
        return new ExportResult(summary.Rows, removed.Values.Sum(), removed, output);
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

    private static async Task<List<ShardInfo>> WriteShardsAsync(
        DatasetFiles files,
        HashSet<string> kept,
        string data,
        long shardMaxBytes,
        CancellationToken cancellationToken
    )
    {
        var pending = new List<DatasetRow>();
        long pendingBytes = 0;
        var temporary = new List<(string Path, long Rows)>();
        async Task FlushAsync()
        {
            if (pending.Count == 0)
                return;
            var path = Path.Combine(
                data,
                string.Create(CultureInfo.InvariantCulture, $"export-{temporary.Count:D5}.parquet.part")
            );
            await ParquetFiles.WriteAtomicallyAsync(path, pending, RowGroupRows(pending), cancellationToken);
            temporary.Add((path, pending.Count));
            pending = [];
            pendingBytes = 0;
        }
        foreach (var file in files.Parquet)
        {
            int groups;
            await using (var stream = File.OpenRead(file))
            await using (var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken))
                groups = reader.RowGroupCount;
            for (var group = 0; group < groups; group++)
            {
                await using var stream = File.OpenRead(file);
                var rows = await ParquetSerializer.DeserializeAsync<DatasetRow>(stream, null, group, cancellationToken);
                foreach (var row in rows.Data)
                {
                    if (row.Id is null || !kept.Contains(row.Id))
                        continue;
                    pending.Add(row);
                    pendingBytes += (row.Image?.Bytes?.Length ?? 0) + (row.Text?.Length ?? 0) * 2L;
                    if (pendingBytes >= shardMaxBytes)
                        await FlushAsync();
                }
            }
        }
        await FlushAsync();
        var shards = new List<ShardInfo>();
        for (var i = 0; i < temporary.Count; i++)
        {
            var final = Path.Combine(data, ShardConsolidator.ShardName(i, temporary.Count));
            File.Move(temporary[i].Path, final, overwrite: true);
            shards.Add(new ShardInfo(Path.GetFileName(final), temporary[i].Rows, new FileInfo(final).Length));
        }
        return shards;
    }

    /// <summary>Row groups of about 100 MB, as the pipeline writes them.</summary>
    private static int RowGroupRows(List<DatasetRow> rows)
    {
        var average = Math.Max(
            1,
            rows.Sum(r => (long)(r.Image?.Bytes?.Length ?? 0) + (r.Text?.Length ?? 0)) / rows.Count
        );
        return (int)Math.Clamp(100L * 1024 * 1024 / average, 1, int.MaxValue);
    }

    private static string Card(
        DatasetSummary summary,
        DatasetFiles files,
        ExportOptions options,
        SampleIndex index,
        SortedDictionary<string, long> removed
    )
    {
        var sourceRows = index.Entries.Count;
        var generator = string.Join(
            ", ",
            index.Entries.Select(e => e.Generator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
        );
        var stats = new StatsSnapshot(
            summary.Rows,
            0,
            0,
            new SortedDictionary<string, long>(),
            new SortedDictionary<string, StageSnapshot>(),
            new SortedDictionary<string, double>(),
            0,
            0
        );
        if (File.Exists(files.StatsFile))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(files.StatsFile));
            if (document.RootElement.TryGetProperty("rejected_by_reason", out var reasons))
                stats = stats with
                {
                    Rejected = reasons.EnumerateObject().Sum(p => p.Value.GetInt64()),
                    RejectedByReason = new SortedDictionary<string, long>(
                        reasons.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64())
                    ),
                };
        }
        var settings = new CardSettings(
            "WebSight-style screenshot-to-code pairs (reviewed)",
            generator,
            "https://github.com/websight-tool/websight",
            [
                KeyValuePair.Create("source", Path.GetFileName(files.Root)),
                KeyValuePair.Create("accepted-only", options.AcceptedOnly ? "true" : "false"),
                KeyValuePair.Create("exclude-flagged", options.ExcludeFlagged ? "true" : "false"),
            ]
        );
        var card = new StringBuilder(DatasetCard.Render(summary, settings, stats));
        card.AppendLine();
        card.AppendLine("## Review");
        card.AppendLine();
        card.AppendLine(
            CultureInfo.InvariantCulture,
            $"Exported from {sourceRows:N0} reviewed rows with `websight export`; {summary.Rows:N0} kept, {removed.Values.Sum():N0} removed."
        );
        foreach (var (reason, count) in removed)
            card.AppendLine(CultureInfo.InvariantCulture, $"- removed, {reason}: {count:N0}");
        return card.ToString();
    }
}

/// <summary>What an export wrote and what it left out, by reason.</summary>
internal sealed record ExportResult(
    long Rows,
    long Removed,
    IReadOnlyDictionary<string, long> RemovedByReason,
    string Directory
);
