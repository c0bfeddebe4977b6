namespace WebSight.Core.Pipeline;

/// <summary>What `generate --html-only` did: where the pages went, how many, and why the others were left out.</summary>
internal sealed record HtmlOnlyOutcome(
    string Path,
    int Written,
    int Wanted,
    IReadOnlyDictionary<string, int> RejectedByReason,
    string? StopReason,
    TimeSpan Elapsed
)
{
    public int Rejected => RejectedByReason.Values.Sum();

    public bool Complete => Written >= Wanted;
}
