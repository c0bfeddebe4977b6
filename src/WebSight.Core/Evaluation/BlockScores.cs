namespace WebSight.Core.Evaluation;

/// <summary>
/// Design2Code's four layout scores of a pair, each in [0, 1]: matched block area over all block area, the mean text
/// similarity, position (1 − largest normalised centre shift) and colour (1 − ΔE00 / 100) of the matched pairs.
/// </summary>
internal sealed record BlockScores(double Block, double Text, double Position, double Color, int Matched)
{
    public static readonly BlockScores Zero = new(0, 0, 0, 0, 0);
}
