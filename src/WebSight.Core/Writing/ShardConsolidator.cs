using System.Globalization;

namespace WebSight.Core.Writing;

/// <summary>
/// Turns committed parts into the final <c>data/train-XXXXX-of-YYYYY.parquet</c> shards: rows sorted by index,
/// shards capped in size, row groups of about the configured size. Parts are read one shard at a time.
/// </summary>
internal sealed class ShardConsolidator(WritingOptions options)
{
    public async Task<DatasetSummary> ConsolidateAsync(
        IReadOnlyList<string> parts,
        string dataDirectory,
        CancellationToken cancellationToken,
        Func<DatasetRow, bool>? keep = null
    )
    {
        if (parts.Count == 0)
            throw new InvalidOperationException("There are no committed parts to consolidate.");
        var sizes = parts.Select(p => new FileInfo(p).Length).ToList();
        var totalBytes = sizes.Sum();
        var shardCount = (int)Math.Max(1, Math.Ceiling(totalBytes / (double)options.ShardMaxBytes));
        var groups = SplitEvenly(parts, sizes, shardCount);

        if (Directory.Exists(dataDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(dataDirectory, "*.parquet*"))
                File.Delete(stale);
        }
        Directory.CreateDirectory(dataDirectory);

        var shards = new List<ShardInfo>();
        long rowsTotal = 0;
        for (var shard = 0; shard < groups.Count; shard++)
        {
            var rows = new List<DatasetRow>();
            foreach (var part in groups[shard])
                rows.AddRange((await ReadAsync(part, cancellationToken)).Where(r => keep?.Invoke(r) ?? true));
            rows.Sort((a, b) => a.Index.CompareTo(b.Index));
            var averageRowBytes = Math.Max(1, groups[shard].Sum(p => new FileInfo(p).Length) / Math.Max(1, rows.Count));
            var rowGroupRows = (int)Math.Clamp(options.RowGroupBytes / averageRowBytes, 1, int.MaxValue);
            var path = Path.Combine(dataDirectory, ShardName(shard, groups.Count));
            await ParquetFiles.WriteAtomicallyAsync(path, rows, rowGroupRows, cancellationToken);
            shards.Add(new ShardInfo(Path.GetFileName(path), rows.Count, new FileInfo(path).Length));
            rowsTotal += rows.Count;
        }
        return new DatasetSummary(shards, rowsTotal, shards.Sum(s => s.Bytes));
    }

    private static async Task<IList<DatasetRow>> ReadAsync(string part, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetFiles.ReadRowsAsync(part, cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException))
        {
            throw new InvalidDataException($"{part} cannot be read: {e.Message}", e);
        }
    }

    public static string ShardName(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"train-{index:D5}-of-{count:D5}.parquet");

    /// <summary>Splits parts, in order, into <paramref name="count"/> runs of about equal byte size.</summary>
    private static List<List<string>> SplitEvenly(IReadOnlyList<string> parts, List<long> sizes, int count)
    {
        var groups = new List<List<string>>();
        var target = sizes.Sum() / (double)count;
        var current = new List<string>();
        double filled = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            current.Add(parts[i]);
            filled += sizes[i];
            var remainingParts = parts.Count - i - 1;
            var remainingGroups = count - groups.Count - 1;
            if (filled >= target * (groups.Count + 1) && remainingGroups > 0 && remainingParts >= remainingGroups)
            {
                groups.Add(current);
                current = [];
            }
        }
        if (current.Count > 0)
            groups.Add(current);
        return groups;
    }
}

internal sealed record ShardInfo(string File, long Rows, long Bytes);

internal sealed record DatasetSummary(IReadOnlyList<ShardInfo> Shards, long Rows, long Bytes);
