namespace WebSight.Core.Diversity;

/// <summary>
/// One row as the diversity measures read it: the page and the columns that describe it. A column the dataset lacks
/// (older datasets, `render` output, pages.jsonl) is null.
/// </summary>
internal sealed record StoredPage(
    string Text,
    string? Topic,
    string? Archetype,
    int? PageHeight,
    int? CodeTokens,
    string? ImageSources
);
