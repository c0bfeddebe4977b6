using WebSight.Core.Foundation;

namespace WebSight.Core.Evaluation;

/// <summary>A prediction's scores, and its screenshot at the aligned width (JPEG) for the report; null when it failed.</summary>
internal sealed record ScoredPair(SampleSpec Spec, PairScores Scores, byte[]? Thumbnail) : ISampleRecord;
