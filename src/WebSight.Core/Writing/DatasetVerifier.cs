using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parquet;
using Parquet.Serialization;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Writing;

/// <summary>
/// Checks a finished dataset the way a consumer would meet it: every shard readable with its Hugging Face
/// metadata, shard names consistent, row counts agreeing with the card, ids unique, every image decodable at
/// the size its row claims. Reads one row group at a time, so memory stays flat on large shards.
/// </summary>
internal sealed partial class DatasetVerifier(bool decodeImages = true)
{
    public async Task<VerificationReport> VerifyAsync(string datasetDirectory, CancellationToken cancellationToken)
    {
        var faults = new ConcurrentQueue<string>();
        var run = new RunDirectory(datasetDirectory);
        var dataDirectory = run.Data;
        if (!Directory.Exists(dataDirectory))
            return new VerificationReport(0, 0, [$"{dataDirectory} does not exist"]);
        var shards = Directory.EnumerateFiles(dataDirectory).Order(StringComparer.Ordinal).ToList();
        CheckShardNames(shards, faults);

        var identity = RowIdentityCheck.For(run, faults.Enqueue);
        long rows = 0;
        foreach (var shard in shards.Where(s => s.EndsWith(".parquet", StringComparison.Ordinal)))
            rows += await VerifyShardAsync(shard, identity, faults, cancellationToken);
        identity.Finish(rows);
        CheckCard(datasetDirectory, rows, faults);
        return new VerificationReport(shards.Count, rows, [.. faults]);
    }

    private static void CheckShardNames(List<string> shards, ConcurrentQueue<string> faults)
    {
        if (shards.Count == 0)
            faults.Enqueue("data/ holds no files");
        var names = shards.Select(Path.GetFileName).ToList();
        foreach (var stray in names.Where(n => !ShardName().IsMatch(n!)))
            faults.Enqueue($"data/{stray} is not a shard (expected train-XXXXX-of-YYYYY.parquet or test-…)");
        // Every shard names its split's total, so a missing one is seen by name: train-00001-of-00004 alone.
        var matches = names.Select(n => ShardName().Match(n!)).Where(m => m.Success).ToList();
        foreach (var split in matches.GroupBy(m => m.Groups["split"].Value))
        {
            var totals = split
                .Select(m => int.Parse(m.Groups["of"].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();
            if (totals.Count > 1)
                faults.Enqueue($"data/ mixes {split.Key} shard sets of {string.Join(" and ", totals)} files");
            foreach (var total in totals)
            {
                var missing = Enumerable
                    .Range(0, total)
                    .Select(i => ShardConsolidator.ShardName(split.Key, i, total))
                    .Where(expected => !names.Contains(expected))
                    .ToList();
                if (missing.Count > 0)
                    faults.Enqueue($"data/ lacks {string.Join(", ", missing)}");
            }
        }
    }

    private async Task<long> VerifyShardAsync(
        string path,
        RowIdentityCheck identity,
        ConcurrentQueue<string> faults,
        CancellationToken cancellationToken
    )
    {
        var name = "data/" + Path.GetFileName(path);
        int groups;
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
            groups = reader.RowGroupCount;
            if (!reader.CustomMetadata.TryGetValue(HuggingFaceFeatures.MetadataKey, out var metadata))
                faults.Enqueue($"{name} has no '{HuggingFaceFeatures.MetadataKey}' metadata");
            else if (metadata != HuggingFaceFeatures.MetadataJson())
                faults.Enqueue(
                    $"{name} has '{HuggingFaceFeatures.MetadataKey}' metadata that does not match its columns"
                );
            var columns = reader.Schema.Fields.Select(f => f.Name).ToList();
            var expected = HuggingFaceFeatures.Columns.Select(c => c.Name).ToList();
            if (!columns.SequenceEqual(expected))
                faults.Enqueue(
                    $"{name} has columns [{string.Join(", ", columns)}], expected [{string.Join(", ", expected)}]"
                );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any exception from the reader is a fault of the file, which is what verify reports.
            faults.Enqueue($"{name} is not a readable Parquet file: {e.Message}");
            return 0;
        }

        long rows = 0;
        for (var group = 0; group < groups; group++)
        {
            IList<DatasetRow> batch;
            try
            {
                await using var stream = File.OpenRead(path);
                batch = (
                    await ParquetSerializer.DeserializeAsync<DatasetRow>(stream, null, group, cancellationToken)
                ).Data;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                faults.Enqueue($"{name}: row group {group} does not read: {e.Message}");
                continue;
            }
            rows += batch.Count;
            foreach (var row in batch)
            {
                identity.Add(name, row);
                if (string.IsNullOrEmpty(row.Text))
                    faults.Enqueue($"{name}: row {row.Id} has no text");
            }
            Parallel.ForEach(
                batch,
                new ParallelOptions { CancellationToken = cancellationToken },
                row => CheckImage(name, row, faults)
            );
        }
        return rows;
    }

    private void CheckImage(string shard, DatasetRow row, ConcurrentQueue<string> faults)
    {
        var bytes = row.Image?.Bytes;
        if (bytes is null || bytes.Length == 0)
        {
            faults.Enqueue($"{shard}: row {row.Id} has no image");
            return;
        }
        int width,
            height;
        try
        {
            (width, height) = ImageHeader.Read(bytes);
        }
        catch (InvalidDataException e)
        {
            faults.Enqueue($"{shard}: row {row.Id}: {e.Message}");
            return;
        }
        if ((width, height) != (row.Width, row.Height))
            faults.Enqueue(
                $"{shard}: row {row.Id} image is {width}x{height} but the row says {row.Width}x{row.Height}"
            );
        if (!decodeImages)
            return;
        using var bitmap = SKBitmap.Decode(bytes);
        if (bitmap is null || bitmap.Width != width || bitmap.Height != height)
            faults.Enqueue($"{shard}: row {row.Id} image does not decode");
    }

    private static void CheckCard(string datasetDirectory, long rows, ConcurrentQueue<string> faults)
    {
        var card = new RunDirectory(datasetDirectory).Card;
        if (!File.Exists(card))
        {
            faults.Enqueue("README.md (the dataset card) is missing");
            return;
        }
        var text = File.ReadAllText(card);
        if (
            !text.StartsWith("---\n", StringComparison.Ordinal)
            || !text.Contains("dtype: image", StringComparison.Ordinal)
        )
            faults.Enqueue("README.md has no Hub front matter with an image feature");
        // One num_examples per split; together they are every row.
        var examples = NumExamples().Matches(text);
        var stated = examples.Sum(m =>
            long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
        );
        if (examples.Count == 0)
            faults.Enqueue("README.md does not state num_examples");
        else if (stated != rows)
            faults.Enqueue($"README.md says {stated} examples, the shards hold {rows}");
        var completed = new RunDirectory(datasetDirectory).CompletedMarker;
        if (File.Exists(completed))
        {
            var summary = JsonSerializer.Deserialize<DatasetSummary>(File.ReadAllText(completed));
            if (summary is not null && summary.Rows != rows)
                faults.Enqueue($"state/completed.json says {summary.Rows} rows, the shards hold {rows}");
        }
    }

    [GeneratedRegex(@"^(?<split>train|test)-(?<k>\d{5})-of-(?<of>\d{5})\.parquet$")]
    private static partial Regex ShardName();

    [GeneratedRegex(@"num_examples: (\d+)")]
    private static partial Regex NumExamples();
}

/// <summary>What verify found: shard count, rows, and every fault (empty when the dataset is sound).</summary>
internal sealed record VerificationReport(int Shards, long Rows, IReadOnlyList<string> Faults)
{
    public bool Ok => Faults.Count == 0;
}
