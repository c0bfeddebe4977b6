using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>A model's page output made into a wrapped page, or the reason it cannot be.</summary>
internal sealed record CleanedPage(string? Html, RejectReason? Reason, string Detail)
{
    public static CleanedPage Accepted(string html) => new(html, null, "");

    public static CleanedPage Rejected(RejectReason reason, string detail) => new(null, reason, detail);
}
