namespace WebSight.Core.Diversity;

/// <summary>Colour schemes: distinct body class strings, body backgrounds and accent colour families.</summary>
internal sealed record ColourFigures(
    int DistinctBodyClasses,
    IReadOnlyList<Share> BodyBackgrounds,
    IReadOnlyList<Share> Accents
);
