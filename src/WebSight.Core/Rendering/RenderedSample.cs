using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>A page with its screenshot: the image bytes, their pixel size, and what the browser saw.</summary>
internal sealed record RenderedSample(
    GeneratedPage Page,
    PageMetrics Metrics,
    byte[] Image,
    int Width,
    int Height,
    int PageHeight,
    bool Clamped,
    int BlockedRequests,
    TimeSpan LoadTime,
    TimeSpan ProbeTime,
    TimeSpan CaptureTime,
    PageProbeResult Probe
)
{
    /// <summary>The QA verdict, once the quality stage has looked at the sample.</summary>
    public QualityReport? Quality { get; init; }
}
