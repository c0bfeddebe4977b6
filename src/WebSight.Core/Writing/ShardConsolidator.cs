using System.Globalization;
using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>
/// Turns committed parts into the final <c>data/SPLIT-XXXXX-of-YYYYY.parquet</c> shards (train, and test with
/// --split): rows sorted by index,
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
        if (Directory.Exists(dataDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(dataDirectory, "*.parquet*"))
                File.Delete(stale);
        }
        Directory.CreateDirectory(dataDirectory);

        var shards = new List<ShardInfo>();
        foreach (var split in options.TestShare > 0 ? DatasetSplit.Names : [DatasetSplit.Train])
        {
            var share = split == DatasetSplit.Test ? options.TestShare : 1 - options.TestShare;
            bool Keep(DatasetRow row) =>
                (keep?.Invoke(row) ?? true) && DatasetSplit.Of(row.Id ?? "", options.TestShare) == split;
            var written = await WriteSplitAsync(split, parts, sizes, share, Keep, dataDirectory, cancellationToken);
            // A split no page fell into has no files, and the card does not name it.
            if (written.Sum(s => s.Rows) == 0 && split != DatasetSplit.Train)
            {
                foreach (var empty in written)
                    File.Delete(Path.Combine(dataDirectory, empty.File));
                continue;
            }
            shards.AddRange(written);
        }
        return new DatasetSummary(shards, shards.Sum(s => s.Rows), shards.Sum(s => s.Bytes));
    }

    /// <summary>One split's shards: its share of the bytes cut into shards of at most the shard size.</summary>
    private async Task<List<ShardInfo>> WriteSplitAsync(
        string split,
        IReadOnlyList<string> parts,
        List<long> sizes,
        double share,
        Func<DatasetRow, bool> keep,
        string dataDirectory,
        CancellationToken cancellationToken
    )
    {
        var shardCount = (int)Math.Max(1, Math.Ceiling(sizes.Sum() * share / options.ShardMaxBytes));
        var groups = SplitEvenly(parts, sizes, shardCount);
        var shards = new List<ShardInfo>();
        for (var shard = 0; shard < groups.Count; shard++)
        {
            var read = new List<DatasetRow>();
            foreach (var part in groups[shard])
                read.AddRange((await ReadAsync(part, cancellationToken)).Where(keep));
            // Stable: a page's rows stay in viewport order.
            var rows = read.OrderBy(r => r.Index).ToList();
            var averageRowBytes = Math.Max(
                1,
                (long)(groups[shard].Sum(p => new FileInfo(p).Length) * share) / Math.Max(1, rows.Count)
            );
            var rowGroupRows = (int)Math.Clamp(options.RowGroupBytes / averageRowBytes, 1, int.MaxValue);
            var path = Path.Combine(dataDirectory, ShardName(split, shard, groups.Count));
            await ParquetFiles.WriteAtomicallyAsync(path, rows, rowGroupRows, cancellationToken);
            shards.Add(new ShardInfo(Path.GetFileName(path), rows.Count, new FileInfo(path).Length));
        }
        return shards;
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

    public static string ShardName(string split, int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{split}-{index:D5}-of-{count:D5}.parquet");

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

internal sealed record ShardInfo(string File, long Rows, long Bytes)
{
    /// <summary>The split the shard belongs to, from its name (train-00000-of-00001.parquet is train).</summary>
    [JsonIgnore]
    public string Split => File[..File.IndexOf('-', StringComparison.Ordinal)];
}

internal sealed record DatasetSummary(IReadOnlyList<ShardInfo> Shards, long Rows, long Bytes);
