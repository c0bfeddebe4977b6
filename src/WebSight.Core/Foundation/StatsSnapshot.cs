using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebSight.Core.Foundation;

/// <summary>
/// What stats.json holds: counters of one moment of a run, written and read back with the same typed shape. A merged
/// dataset sums its shards' snapshots and lists the rows it dropped as near-duplicates across shards.
/// </summary>
internal sealed record StatsSnapshot(
    long Accepted,
    long ResumedFromParts,
    long Rejected,
    IReadOnlyDictionary<string, long> RejectedByReason,
    IReadOnlyDictionary<string, StageSnapshot> Stages,
    IReadOnlyDictionary<string, double> Counters,
    double WallSeconds,
    double PagesPerSecond
)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Of the LLM ideas checked (<c>llm.ideas.total</c>), the share that repeated an earlier one
    /// (<c>llm.ideas.duplicates</c>); null when no idea was checked. Derived, so a merged dataset's is right too.
    /// </summary>
    public double? IdeaDuplicateRate =>
        Counters.TryGetValue("llm.ideas.total", out var total) && total > 0
            ? Math.Round(Counters.GetValueOrDefault("llm.ideas.duplicates") / total, 4)
            : null;

    /// <summary>How many shard runs a merged dataset's counters sum; null for a single run.</summary>
    public int? Shards { get; init; }

    /// <summary>For a merged dataset: each row dropped as a near-duplicate of a row in another shard, and that row.</summary>
    public IReadOnlyDictionary<string, string>? DroppedAtMerge { get; init; }

    public static StatsSnapshot Empty { get; } =
        new(
            0,
            0,
            0,
            new SortedDictionary<string, long>(),
            new SortedDictionary<string, StageSnapshot>(),
            new SortedDictionary<string, double>(),
            0,
            0
        );

    public Task WriteAsync(string path, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            path,
            stream => JsonSerializer.SerializeAsync(stream, this, JsonOptions, cancellationToken),
            cancellationToken
        );

    /// <summary>The snapshot in a stats.json, or null when there is none; a file that does not parse is an error naming it.</summary>
    public static StatsSnapshot? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            // A stats.json written by hand or by an older build may lack a section; it reads as empty.
            return JsonSerializer.Deserialize<StatsSnapshot>(File.ReadAllBytes(path), JsonOptions) is { } read
                ? read with
                {
                    RejectedByReason = read.RejectedByReason ?? new Dictionary<string, long>(),
                    Stages = read.Stages ?? new Dictionary<string, StageSnapshot>(),
                    Counters = read.Counters ?? new Dictionary<string, double>(),
                }
                : null;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a stats file websight wrote: {e.Message}", e);
        }
    }

    /// <summary>
    /// The counters of shard runs that together made one dataset: every count and busy time summed, the rate
    /// taken as the shards' combined throughput (they ran side by side).
    /// </summary>
    public static StatsSnapshot Sum(IReadOnlyList<StatsSnapshot> shards)
    {
        var wall = shards.Sum(s => s.WallSeconds);
        var accepted = shards.Sum(s => s.Accepted);
        return new StatsSnapshot(
            accepted,
            shards.Sum(s => s.ResumedFromParts),
            shards.Sum(s => s.Rejected),
            SumBy(shards.Select(s => s.RejectedByReason), (a, b) => a + b),
            SumBy(shards.Select(s => s.Stages), StageSnapshot.Add),
            SumBy(shards.Select(s => s.Counters), (a, b) => a + b),
            Math.Round(wall, 3),
            wall > 0 ? Math.Round(accepted / wall * shards.Count, 3) : 0
        )
        {
            Shards = shards.Count,
        };
    }

    /// <summary>These counters with <paramref name="count"/> more rows rejected for <paramref name="reason"/> after the fact.</summary>
    public StatsSnapshot WithLateRejections(string reason, long count)
    {
        var reasons = new SortedDictionary<string, long>(RejectedByReason.ToDictionary());
        reasons[reason] = reasons.GetValueOrDefault(reason) + count;
        return this with { Accepted = Accepted - count, Rejected = Rejected + count, RejectedByReason = reasons };
    }

    private static SortedDictionary<string, T> SumBy<T>(
        IEnumerable<IReadOnlyDictionary<string, T>> parts,
        Func<T, T, T> add
    )
    {
        var sum = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
                sum[key] = sum.TryGetValue(key, out var total) ? add(total, value) : value;
        }
        return sum;
    }
}

/// <summary>One stage's counters: items in, passed on, dropped, and the time it was busy.</summary>
internal sealed record StageSnapshot(long In, long Out, long Dropped, double BusySeconds, double MillisecondsPerItem)
{
    public static StageSnapshot Add(StageSnapshot a, StageSnapshot b)
    {
        var items = a.In + b.In;
        var busy = a.BusySeconds + b.BusySeconds;
        return new(
            items,
            a.Out + b.Out,
            a.Dropped + b.Dropped,
            Math.Round(busy, 3),
            items > 0 ? Math.Round(busy * 1000 / items, 3) : 0
        );
    }
}
