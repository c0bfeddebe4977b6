namespace WebSight.Core.Evaluation;

/// <summary>
/// Every score of one prediction against its reference; all in [0, 1], higher is better except
/// <see cref="MeanAbsoluteError"/>. A prediction that failed validation or rendering has its
/// <see cref="Failure"/> code and detail, zero on every similarity and 1 as its error.
/// </summary>
internal sealed record PairScores(
    string Id,
    double Block,
    double Text,
    double Position,
    double Color,
    double Visual,
    double TreeBleu,
    double TreeBleuPrecision,
    double Ssim,
    double MeanAbsoluteError,
    int ReferenceBlocks,
    int PredictedBlocks,
    int MatchedBlocks,
    string? Failure = null,
    string? FailureDetail = null
)
{
    /// <summary>Design2Code's overall score: the mean of its five.</summary>
    public double Overall => (Block + Text + Position + Color + Visual) / 5;

    public static PairScores Failed(string id, int referenceBlocks, string code, string detail) =>
        new(id, 0, 0, 0, 0, 0, 0, 0, 0, 1, referenceBlocks, 0, 0, code, detail);
}
