using WebSight.Core.Foundation;

namespace WebSight.Core.Quality;

/// <summary>
/// The QA verdict on one sample: its metrics and every check it failed (as flags, most serious first), with the
/// details of the failures.
/// </summary>
internal sealed record QualityReport(QualityMetrics Metrics, IReadOnlyList<RejectReason> Flags, string Detail)
{
    public bool Passed => Flags.Count == 0;

    /// <summary>The flags as their snake_case codes, comma-separated: the form a row column carries.</summary>
    public string FlagCodes => string.Join(',', Flags.Select(f => f.Code()));
}
