using System.Text.Json.Nodes;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>
/// Checks every row's identity against the run.json that made it: ids and indexes unique per viewport, each id and seed the ones
/// the run's seed derives for the row's index (rows of another seed or run mixed in are caught), each index owned by
/// the shard, and the number of rows the run promised (shards missing from a merge are caught).
/// </summary>
internal sealed class RowIdentityCheck
{
    private readonly Action<string> _fault;
    private readonly HashSet<(string Id, string? Viewport)> _ids = [];
    private readonly HashSet<(long Index, string? Viewport)> _indexes = [];
    private readonly long? _runSeed;
    private readonly Sharding? _sharding;
    private readonly long? _expectedRows;
    private readonly double? _testShare;

    private RowIdentityCheck(
        Action<string> fault,
        long? runSeed,
        Sharding? sharding,
        long? expectedRows,
        double? testShare = null
    )
    {
        _testShare = testShare;
        _fault = fault;
        _runSeed = runSeed;
        _sharding = sharding;
        _expectedRows = expectedRows;
    }

    /// <summary>The check for a dataset directory; without a readable run.json only uniqueness can be checked.</summary>
    public static RowIdentityCheck For(RunDirectory run, Action<string> fault)
    {
        JsonObject? manifest = null;
        try
        {
            manifest = File.Exists(run.Manifest) ? JsonNode.Parse(File.ReadAllText(run.Manifest)) as JsonObject : null;
        }
        catch (System.Text.Json.JsonException e)
        {
            fault($"run.json does not parse: {e.Message}");
        }
        if (manifest is null)
        {
            fault("run.json is missing: the rows cannot be checked against the settings that made them");
            return new RowIdentityCheck(fault, null, null, null);
        }
        var merged = manifest["merged_from"] is not null;
        var sharding = new Sharding(
            merged ? 0 : manifest["shard_index"]?.GetValue<int>() ?? 0,
            merged ? 1 : manifest["shard_count"]?.GetValue<int>() ?? 1
        );
        // A generated run makes exactly its count of pages, one row per viewport each; a fixed input keeps only the
        // pages that passed. A merge drops whole pages.
        var viewports = manifest["render"]?["viewports"]?.GetValue<string>().Split(',').Length ?? 1;
        long? expected =
            manifest["generator"]?.GetValue<string>() == "input"
                ? null
                : (
                    sharding.ShareOf(manifest["count"]?.GetValue<int>() ?? 0)
                    - (StatsSnapshot.Read(run.Stats)?.DroppedAtMerge?.Count ?? 0)
                ) * viewports;
        return new RowIdentityCheck(
            fault,
            manifest["seed"]?.GetValue<long>(),
            sharding,
            expected,
            DatasetSplit.TestShareOf(manifest)
        );
    }

    public void Add(string shard, DatasetRow row)
    {
        if (string.IsNullOrEmpty(row.Id))
        {
            _fault($"{shard}: a row has no id");
            return;
        }
        // A page has one row per viewport: (id, viewport) is what is unique.
        if (!_ids.Add((row.Id, row.Viewport)))
            _fault($"{shard}: id {row.Id} appears more than once (viewport {row.Viewport})");
        if (!_indexes.Add((row.Index, row.Viewport)))
            _fault($"{shard}: index {row.Index} appears more than once (viewport {row.Viewport}, row {row.Id})");
        if (
            _runSeed is { } seed
            && SampleSpec.For(seed, row.Index) is var spec
            && (spec.Id, spec.Seed) != (row.Id, row.Seed)
        )
            _fault($"{shard}: row {row.Id} at index {row.Index} was not made with run.json's seed {seed}");
        if (
            _testShare is { } share
            && DatasetSplit.Of(row.Id, share) is var split
            && !Path.GetFileName(shard).StartsWith(split + "-", StringComparison.Ordinal)
        )
            _fault($"{shard}: row {row.Id} belongs to the {split} split");
        if (_sharding is { } sharding && !sharding.Owns(row.Index))
            _fault($"{shard}: index {row.Index} belongs to another shard than {sharding.Index} of {sharding.Count}");
    }

    public void Finish(long rows)
    {
        if (_expectedRows is { } expected && rows != expected)
            _fault($"the dataset holds {rows} of the run's {expected} rows");
    }
}
