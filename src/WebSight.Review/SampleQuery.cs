namespace WebSight.Review;

/// <summary>Filters and paging of the grid; empty filters match everything.</summary>
internal sealed record SampleQuery(
    string? Flag,
    string? Topic,
    string? Generator,
    string? Status,
    string? Search,
    int Offset,
    int Limit
)
{
    public const string AnyFlag = "any";
    public const string NoFlag = "none";
}
