using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Validation;

/// <summary>A page the checks accepted (its active content possibly stripped), with what they measured.</summary>
internal sealed record ValidatedPage(GeneratedPage Page, PageMetrics Metrics) : ISampleRecord
{
    public SampleSpec Spec => Page.Spec;

    /// <summary>What <c>--strip-scripts</c> removed, by kind; nothing when the page had nothing to strip.</summary>
    public StrippedContent Stripped { get; init; } = StrippedContent.Nothing;
}
