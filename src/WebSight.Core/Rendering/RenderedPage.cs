using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

/// <summary>
/// A page rendered at every viewport of the run, in the run's viewport order: what the quality and write stages take
/// together, so a page's rows are committed together or not at all.
/// </summary>
internal sealed record RenderedPage(IReadOnlyList<RenderedSample> Views) : ISampleRecord
{
    public SampleSpec Spec => Views[0].Spec;
}
