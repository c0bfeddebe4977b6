using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// What <c>--strip-scripts</c> removed from a page and the documents it embeds, counted by the reason the page
/// would otherwise have been refused for.
/// </summary>
internal sealed record StrippedContent(IReadOnlyDictionary<RejectReason, int> Counts)
{
    public static readonly StrippedContent Nothing = new(new Dictionary<RejectReason, int>());

    public int Total => Counts.Values.Sum();

    /// <summary>For people and logs: "2 script, 1 javascript_url", or empty when nothing was removed.</summary>
    public override string ToString() =>
        string.Join(", ", Counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.Code()}"));
}
