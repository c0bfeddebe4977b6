namespace WebSight.Core.Diversity;

/// <summary>Five points of a distribution: min, 10th percentile, median, 90th percentile, max (nearest rank).</summary>
internal sealed record Distribution(int Min, int P10, int Median, int P90, int Max)
{
    /// <summary>The distribution of <paramref name="values"/>, or null when there are none.</summary>
    public static Distribution? Of(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToArray();
        int At(double quantile) =>
            sorted[(int)Math.Round(quantile * (sorted.Length - 1), MidpointRounding.AwayFromZero)];
        return new Distribution(sorted[0], At(0.1), At(0.5), At(0.9), sorted[^1]);
    }

    public override string ToString() => $"{Min:N0} / {P10:N0} / {Median:N0} / {P90:N0} / {Max:N0}";
}
