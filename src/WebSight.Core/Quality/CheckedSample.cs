using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>A rendered sample the quality stage let through, with its report (flags, when flagged samples are kept).</summary>
internal sealed record CheckedSample(RenderedSample Sample, QualityReport Quality) : ISampleRecord
{
    public SampleSpec Spec => Sample.Spec;
}
