namespace WebSight.Core.Quality;

/// <summary>Every number the checks looked at, for the row, the stats and the reviewer. Probe values are null when no probe ran.</summary>
internal sealed record QualityMetrics(
    double LumaStdDev,
    double DominantShare,
    double ContentShare,
    ulong ImageHash,
    ulong TextHash,
    int? OverflowPixels,
    int? BrokenImages,
    int? OverflowingTextElements,
    string? DuplicateOf
);
