namespace WebSight.Core.Diversity;

/// <summary>Sentences of <see cref="MinWords"/> words or more: how many, how many distinct, and any overlap.</summary>
internal sealed record SentenceFigures(
    int MinWords,
    int Total,
    int Distinct,
    double DistinctShare,
    SentenceOverlap? Against
);
