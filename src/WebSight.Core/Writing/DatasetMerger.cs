using System.Text.Json;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Quality;

namespace WebSight.Core.Writing;

/// <summary>
/// Combines the outputs of shard workers into one dataset: their shards re-cut and renumbered, one card, and
/// stats summed. Refuses inputs that are unfinished, made with other settings, or that share ids.
/// </summary>
internal sealed class DatasetMerger(WritingOptions options, QualityOptions quality)
{
    private static readonly HashSet<string> PerShardSettings = new(StringComparer.Ordinal)
    {
        "shard_index",
        "render.workers",
        "writing.part_rows",
        "tool_version",
    };

    public async Task<DatasetSummary> MergeAsync(
        IReadOnlyList<string> inputs,
        string output,
        CancellationToken cancellationToken
    )
    {
        if (inputs.Count == 0)
            throw new OptionsException("DIR", "name at least one shard output to merge");
        var manifests = inputs.Select(ReadManifest).ToList();
        CheckSameSettings(inputs, manifests);
        var files = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (!File.Exists(Path.Combine(input, "state", "completed.json")))
                throw new OptionsException(
                    "DIR",
                    $"{input} is not a finished run (no state/completed.json); finish it first"
                );
            foreach (
                var file in Directory
                    .EnumerateFiles(Path.Combine(input, "data"), "*.parquet")
                    .Order(StringComparer.Ordinal)
            )
            {
                foreach (var id in await ParquetFiles.ReadIdsAsync(file, cancellationToken))
                {
                    if (!ids.Add(id))
                        throw new OptionsException(
                            "DIR",
                            $"id {id} appears in more than one input ({file}); were two shards given the same --shard-index?"
                        );
                }
                files.Add(file);
            }
        }
        if (
            Directory.Exists(Path.Combine(output, "data"))
            && Directory.EnumerateFileSystemEntries(Path.Combine(output, "data")).Any()
        )
            throw new OptionsException("--out", $"{output} already holds a dataset; merge into an empty directory");

        var duplicates = await NearDuplicatesAcrossAsync(files, cancellationToken);
        var summary = await new ShardConsolidator(options).ConsolidateAsync(
            files,
            Path.Combine(output, "data"),
            cancellationToken,
            row => !duplicates.ContainsKey(row.Id!)
        );
        var stats = MergeStats(inputs);
        if (duplicates.Count > 0)
        {
            // Within a shard the quality stage already dropped near-duplicates; these are the ones between shards.
            var reasons = stats["rejected_by_reason"] as JsonObject ?? [];
            reasons["near_duplicate"] = (reasons["near_duplicate"]?.GetValue<double>() ?? 0) + duplicates.Count;
            stats["rejected_by_reason"] = reasons;
            stats["rejected"] = (stats["rejected"]?.GetValue<double>() ?? 0) + duplicates.Count;
            stats["accepted"] = (stats["accepted"]?.GetValue<double>() ?? 0) - duplicates.Count;
            stats["dropped_at_merge"] = new JsonObject(
                duplicates.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))
            );
        }
        await File.WriteAllTextAsync(
            Path.Combine(output, "stats.json"),
            stats.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            cancellationToken
        );
        var manifest = manifests[0].DeepClone().AsObject();
        manifest.Remove("shard_index");
        manifest["merged_from"] = new JsonArray(inputs.Select(i => (JsonNode)Path.GetFullPath(i)).ToArray());
        await File.WriteAllTextAsync(
            Path.Combine(output, "run.json"),
            manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            cancellationToken
        );
        var card = DatasetCard.Render(summary, CardSettings(manifest, inputs.Count), SnapshotOf(stats));
        await File.WriteAllTextAsync(Path.Combine(output, "README.md"), card, cancellationToken);
        Directory.CreateDirectory(Path.Combine(output, "state"));
        await File.WriteAllTextAsync(
            Path.Combine(output, "state", "completed.json"),
            JsonSerializer.Serialize(summary),
            cancellationToken
        );
        return summary;
    }

    /// <summary>
    /// Near-duplicates between shards, by the hashes each row carries: rows in index order, each compared with
    /// the rows kept before it, exactly as one unsharded run would have. Maps a dropped id to the id it repeats.
    /// </summary>
    private async Task<Dictionary<string, string>> NearDuplicatesAcrossAsync(
        List<string> files,
        CancellationToken cancellationToken
    )
    {
        var rows = new List<(string Id, long Index, ulong ImageHash, ulong TextHash)>();
        foreach (var file in files)
            rows.AddRange(await ParquetFiles.ReadHashesAsync(file, cancellationToken));
        var index = new NearDuplicateIndex(quality.ImageHashMaxDistance, quality.TextHashMaxDistance);
        var dropped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.Index))
        {
            if (index.CheckAndAdd(row.Id, row.ImageHash, row.TextHash) is { } match)
                dropped[row.Id] = match.Id;
        }
        return dropped;
    }

    private static JsonObject ReadManifest(string input)
    {
        var path = Path.Combine(input, RunManifest.FileName);
        if (!File.Exists(path))
            throw new OptionsException(
                "DIR",
                $"{input} has no {RunManifest.FileName}; is it a websight run directory?"
            );
        return JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new OptionsException("DIR", $"{path} is empty");
    }

    private static void CheckSameSettings(IReadOnlyList<string> inputs, List<JsonObject> manifests)
    {
        var first = RunManifest.Flatten(manifests[0]);
        for (var i = 1; i < manifests.Count; i++)
        {
            var other = RunManifest.Flatten(manifests[i]);
            var differing = first
                .Keys.Union(other.Keys)
                .Where(k => !PerShardSettings.Contains(k) && first.GetValueOrDefault(k) != other.GetValueOrDefault(k))
                .Select(k => $"{k}: {first.GetValueOrDefault(k) ?? "unset"} vs {other.GetValueOrDefault(k) ?? "unset"}")
                .ToList();
            if (differing.Count > 0)
                throw new OptionsException(
                    "DIR",
                    $"{inputs[i]} was made with other settings than {inputs[0]} ({string.Join("; ", differing)})"
                );
        }
    }

    /// <summary>Sums every number in the inputs' stats.json, key by key; rates are recomputed from the sums.</summary>
    private static JsonObject MergeStats(IReadOnlyList<string> inputs)
    {
        var merged = new JsonObject();
        foreach (var input in inputs)
        {
            var path = Path.Combine(input, "stats.json");
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject stats)
                Add(merged, stats);
        }
        var wall = merged["wall_seconds"]?.GetValue<double>() ?? 0;
        var accepted = merged["accepted"]?.GetValue<double>() ?? 0;
        merged["pages_per_second"] = wall > 0 ? Math.Round(accepted / wall * inputs.Count, 3) : 0;
        merged["shards"] = inputs.Count;
        return merged;
    }

    private static void Add(JsonObject into, JsonObject from)
    {
        foreach (var (key, value) in from)
        {
            if (value is JsonObject child)
            {
                if (into[key] is not JsonObject target)
                    into[key] = target = new JsonObject();
                Add(target, child);
            }
            else if (value is JsonValue number && number.TryGetValue<double>(out var amount))
                into[key] = (into[key]?.GetValue<double>() ?? 0) + amount;
        }
        if (from["stages"] is not null)
        {
            foreach (var (_, stage) in into["stages"]!.AsObject())
            {
                var items = stage!["in"]!.GetValue<double>();
                stage["milliseconds_per_item"] =
                    items > 0 ? Math.Round(stage["busy_seconds"]!.GetValue<double>() * 1000 / items, 3) : 0;
            }
        }
    }

    private static StatsSnapshot SnapshotOf(JsonObject stats)
    {
        long Number(string key) => (long)(stats[key]?.GetValue<double>() ?? 0);
        var reasons = (stats["rejected_by_reason"] as JsonObject ?? []).ToDictionary(
            p => p.Key,
            p => (long)p.Value!.GetValue<double>()
        );
        return new StatsSnapshot(
            Number("accepted"),
            Number("resumed_from_parts"),
            Number("rejected"),
            new SortedDictionary<string, long>(reasons),
            new SortedDictionary<string, StageSnapshot>(),
            new SortedDictionary<string, double>(),
            stats["wall_seconds"]?.GetValue<double>() ?? 0,
            stats["pages_per_second"]?.GetValue<double>() ?? 0
        );
    }

    private static CardSettings CardSettings(JsonObject manifest, int shards) =>
        new(
            "WebSight-style screenshot-to-code dataset",
            manifest["generator"]?.GetValue<string>() ?? "unknown",
            "https://github.com/websight-tool/websight",
            [
                new("seed", manifest["seed"]?.ToJsonString() ?? "unset"),
                new("merged from", $"{shards} shard outputs"),
                new("render", manifest["render"]?.ToJsonString() ?? "unset"),
            ]
        );
}
