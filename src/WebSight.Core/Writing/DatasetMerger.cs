using System.Text.Json;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;

namespace WebSight.Core.Writing;

/// <summary>
/// Combines the outputs of shard workers into one dataset: their shards re-cut and renumbered, one card, and
/// stats summed. Refuses inputs that are unfinished, made with other settings, or that share ids.
/// </summary>
internal sealed class DatasetMerger(WritingOptions options, QualityOptions quality, bool allowPartial = false)
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
        var runs = inputs.Select(input => new RunDirectory(input)).ToList();
        var manifests = runs.Select(ReadManifest).ToList();
        CheckSameSettings(inputs, manifests);
        if (!allowPartial)
            CheckWholeShardSet(runs, manifests);
        var files = await ShardsWithUniqueIdsAsync(runs, cancellationToken);
        var target = new RunDirectory(output);
        if (Directory.Exists(target.Data) && Directory.EnumerateFileSystemEntries(target.Data).Any())
            throw new OptionsException("--out", $"{output} already holds a dataset; merge into an empty directory");

        var duplicates = await NearDuplicatesAcrossAsync(files, cancellationToken);
        var manifest = manifests[0].DeepClone().AsObject();
        manifest.Remove("shard_index");
        manifest["merged_from"] = new JsonArray(inputs.Select(i => (JsonNode)Path.GetFullPath(i)).ToArray());
        await AtomicFile.WriteTextAsync(
            target.Manifest,
            manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            cancellationToken
        );
        var stats = MergedStats(runs, duplicates);
        return await new DatasetFinisher(options.WithTestShare(DatasetSplit.TestShareOf(manifest))).FinishAsync(
            target,
            new DatasetSources(files, row => !duplicates.ContainsKey(row.Id!)),
            CardSettings(manifest, inputs.Count),
            (_, _) => stats,
            cancellationToken
        );
    }

    /// <summary>Every input's shards; an unfinished input or an id in two inputs (a repeated --shard-index) is refused.</summary>
    private static async Task<List<string>> ShardsWithUniqueIdsAsync(
        List<RunDirectory> runs,
        CancellationToken cancellationToken
    )
    {
        var files = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            if (!run.IsComplete)
                throw new OptionsException(
                    "DIR",
                    $"{run} is not a finished run (no state/completed.json); finish it first"
                );
            // Within an input an id repeats once per viewport; between inputs it must not appear at all.
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in run.Shards())
            {
                own.UnionWith(await ParquetFiles.ReadIdsAsync(file, cancellationToken));
                files.Add(file);
            }
            if (own.FirstOrDefault(id => !ids.Add(id)) is { } repeated)
                throw new OptionsException(
                    "DIR",
                    $"id {repeated} appears in more than one input ({run}); were two shards given the same --shard-index?"
                );
        }
        return files;
    }

    /// <summary>
    /// A merge of some shards would look like a whole dataset with rows missing: every shard of the run must be
    /// given once, each with rows, unless a partial merge is asked for (--allow-partial).
    /// </summary>
    private static void CheckWholeShardSet(List<RunDirectory> runs, List<JsonObject> manifests)
    {
        var count = manifests[0]["shard_count"]?.GetValue<int>() ?? 1;
        var given = manifests.Select(m => m["shard_index"]?.GetValue<int>() ?? 0).ToList();
        var repeated = given.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            throw new OptionsException("DIR", $"shard(s) {string.Join(", ", repeated)} are given more than once");
        var missing = Enumerable.Range(0, count).Except(given).ToList();
        if (missing.Count > 0)
            throw new OptionsException(
                "DIR",
                $"the run has {count} shards but shard(s) {string.Join(", ", missing)} are not among the inputs; "
                    + "give every shard's output, or --allow-partial to merge only these"
            );
        foreach (var run in runs.Where(run => run.IsComplete && run.Shards().Count == 0))
            throw new OptionsException(
                "DIR",
                $"{run} holds no rows in data/; give a finished shard output, or --allow-partial to skip it"
            );
    }

    /// <summary>The shards' counters summed; near-duplicates between shards count as rejected here.</summary>
    private static StatsSnapshot MergedStats(List<RunDirectory> runs, Dictionary<string, string> duplicates)
    {
        var merged = StatsSnapshot.Sum(
            runs.Select(run => StatsSnapshot.Read(run.Stats) ?? StatsSnapshot.Empty).ToList()
        );
        if (duplicates.Count == 0)
            return merged;
        // Within a shard the quality stage already dropped near-duplicates; these are the ones between shards.
        return merged.WithLateRejections(RejectReason.NearDuplicate.Code(), duplicates.Count) with
        {
            DroppedAtMerge = duplicates,
        };
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
        // A page's viewports are checked together, as the quality stage did, and dropped together.
        foreach (var page in rows.GroupBy(r => (r.Index, r.Id)).OrderBy(g => g.Key.Index))
        {
            var matches = index.CheckAndAddAll(page.Key.Id, page.Select(r => (r.ImageHash, r.TextHash)).ToList());
            if (matches.FirstOrDefault(m => m is not null) is { } match)
                dropped[page.Key.Id] = match.Id;
        }
        return dropped;
    }

    private static JsonObject ReadManifest(RunDirectory run)
    {
        if (!File.Exists(run.Manifest))
            throw new OptionsException("DIR", $"{run} has no run.json; is it a websight run directory?");
        return JsonNode.Parse(File.ReadAllText(run.Manifest))?.AsObject()
            ?? throw new OptionsException("DIR", $"{run.Manifest} is empty");
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

    private static CardSettings CardSettings(JsonObject manifest, int shards) =>
        new(
            manifest["generator"]?.GetValue<string>() ?? "unknown",
            [
                new("seed", manifest["seed"]?.ToJsonString() ?? "unset"),
                new("merged from", $"{shards} shard outputs"),
                new("render", manifest["render"]?.ToJsonString() ?? "unset"),
            ]
        );
}
