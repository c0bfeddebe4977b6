using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>
/// A candidate page: the full HTML document, the sentence that describes it, and (for composed pages)
/// the section templates it was built from, as kind/variant.
/// </summary>
internal sealed record GeneratedPage(
    SampleSpec Spec,
    string Html,
    string Idea,
    string Topic,
    string Generator,
    IReadOnlyList<string> Sections
) : ISampleRecord;
