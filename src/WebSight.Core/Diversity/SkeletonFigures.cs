namespace WebSight.Core.Diversity;

/// <summary>Structure: sections seen, their distinct skeletons, and the distinct skeletons of whole pages.</summary>
internal sealed record SkeletonFigures(int Sections, int DistinctSections, int DistinctPages);
