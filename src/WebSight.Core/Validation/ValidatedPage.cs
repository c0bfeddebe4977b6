using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Validation;

/// <summary>A page the checks accepted (its scripts possibly stripped), with what they measured.</summary>
internal sealed record ValidatedPage(GeneratedPage Page, PageMetrics Metrics) : ISampleRecord
{
    public SampleSpec Spec => Page.Spec;
}
