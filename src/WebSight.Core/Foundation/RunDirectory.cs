namespace WebSight.Core.Foundation;

/// <summary>
/// The layout of a run (or shard, merge or export) directory, in one place: final shards in <c>data/</c>, committed
/// parts in <c>parts/</c>, rejected samples in <c>rejects/</c>, run state in <c>state/</c>, and the settings,
/// counters and dataset card at the top.
/// </summary>
internal sealed record RunDirectory
{
    public RunDirectory(string root) => Root = root;

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public string Parts => Path.Combine(Root, "parts");

    public string Rejects => Path.Combine(Root, "rejects");

    public string State => Path.Combine(Root, "state");

    /// <summary>run.json: the settings that decide what the run produces.</summary>
    public string Manifest => Path.Combine(Root, "run.json");

    public string Stats => Path.Combine(Root, "stats.json");

    /// <summary>README.md: the dataset card.</summary>
    public string Card => Path.Combine(Root, "README.md");

    /// <summary>Written last: the dataset in data/ is whole, and what it holds.</summary>
    public string CompletedMarker => Path.Combine(State, "completed.json");

    public string LlmCache => Path.Combine(State, "llm-cache.sqlite");

    public bool IsComplete => File.Exists(CompletedMarker);

    /// <summary>The final shards, in name order.</summary>
    public IReadOnlyList<string> Shards() =>
        Directory.Exists(Data)
            ? Directory.EnumerateFiles(Data, "*.parquet").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Whether a run has left rows, rejects, shards or state here.</summary>
    public bool HoldsOutput() =>
        new[] { Parts, Rejects, Data, State }.Any(folder =>
            Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()
        );

    /// <summary>Forgets everything a run left here except run.json, which the caller rewrites.</summary>
    public void Clear()
    {
        foreach (var folder in new[] { Parts, Rejects, Data, State })
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    public override string ToString() => Root;
}
