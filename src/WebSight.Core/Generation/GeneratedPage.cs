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
) : ISampleRecord;
