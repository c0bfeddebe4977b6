using WebSight.Core.Foundation;

namespace WebSight.Core.Quality;

/// <summary>
/// The verdict on one sample: its metrics, every check it failed (as flags, most serious first), and the reason to
/// reject it, which is the first flag unless flagged samples are kept.
/// </summary>
internal sealed record QualityReport(
    QualityMetrics Metrics,
    IReadOnlyList<RejectReason> Flags,
    RejectReason? Rejection,
    string Detail
)
{
    public bool Passed => Flags.Count == 0;

    /// <summary>The flags as their snake_case codes, comma-separated: the form a row column carries.</summary>
    public string FlagCodes => string.Join(',', Flags.Select(f => f.Code()));
}
