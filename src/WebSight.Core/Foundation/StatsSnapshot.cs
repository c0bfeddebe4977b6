namespace WebSight.Core.Foundation;

/// <summary>What stats.json holds: counters of one moment of a run.</summary>
internal sealed record StatsSnapshot(
    long Accepted,
    long ResumedFromParts,
    long Rejected,
    IReadOnlyDictionary<string, long> RejectedByReason,
    IReadOnlyDictionary<string, StageSnapshot> Stages,
    IReadOnlyDictionary<string, double> Counters,
    double WallSeconds,
    double PagesPerSecond
);

internal sealed record StageSnapshot(long In, long Out, long Dropped, double BusySeconds, double MillisecondsPerItem);
