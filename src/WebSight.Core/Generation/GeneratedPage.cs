using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>
/// A candidate page: the full HTML document, the sentence that describes it, and (for composed pages)
/// the sections it was built from, as kind/variant, and the page archetype (null when no generator chose one).
/// </summary>
internal sealed record GeneratedPage(
    SampleSpec Spec,
    string Html,
    string Idea,
    string Topic,
    string Generator,
    IReadOnlyList<string> Sections,
    string? Archetype = null
) : ISampleRecord
{
    /// <summary>The file the page was read from (render --input), whose folder the local resource policy serves.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The language the page is written in (template pages); null when no generator chose one.</summary>
    public string? Locale { get; init; }

    /// <summary>The address the page was crawled from (WARC input); null otherwise.</summary>
    public string? Url { get; init; }
}
