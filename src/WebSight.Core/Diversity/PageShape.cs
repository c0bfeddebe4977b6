namespace WebSight.Core.Diversity;

/// <summary>What the diversity measures take from one page; made in parallel, tallied in order.</summary>
internal sealed record PageShape(
    string? Topic,
    string? Archetype,
    string Language,
    IReadOnlyList<string> SectionSkeletons,
    string DomSkeleton,
    IReadOnlyCollection<string> Classes,
    string BodyClasses,
    string BodyBackground,
    string AccentFamily,
    IReadOnlyList<string> Sentences,
    int Images,
    bool RepeatsAnImage,
    IReadOnlyList<string> ImageSources,
    int? PageHeight,
    int CodeTokens
);
