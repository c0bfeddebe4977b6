namespace WebSight.Core.Diversity;

/// <summary>One value of a categorical figure (a topic, a language) with its count and share of pages.</summary>
internal sealed record Share(string Value, int Pages, double Fraction)
{
    /// <summary>The counts as shares, most frequent first (ties by value, so the order is stable).</summary>
    public static List<Share> Of(IReadOnlyDictionary<string, int> counts, int total) =>
        counts
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new Share(p.Key, p.Value, total == 0 ? 0 : (double)p.Value / total))
            .ToList();
}
