namespace WebSight.Core.Diversity;

/// <summary>The share of this dataset's distinct sentences that another dataset (`--against`) also holds.</summary>
internal sealed record SentenceOverlap(string Dataset, int Found, double FoundShare);
