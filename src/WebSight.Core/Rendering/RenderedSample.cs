using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// A page rendered at one viewport: the image bytes, their pixel size, and what the browser saw; with a photo library,
/// the files its images came from (null when it showed placeholders).
/// </summary>
internal sealed record RenderedSample(
    GeneratedPage Page,
    PageMetrics Metrics,
    byte[] Image,
    int Width,
    int Height,
    int PageHeight,
    bool Clamped,
    int BlockedRequests,
    PageProbeResult Probe,
    IReadOnlyList<ImageSource>? ImageSources = null
) : ISampleRecord
{
    public SampleSpec Spec => Page.Spec;

    /// <summary>The name of the viewport this render was made at.</summary>
    public string ViewportName { get; init; } = Viewport.DefaultName;

    /// <summary>The laid-out page, when the run takes layouts (--layout).</summary>
    public PageLayout? Layout { get; init; }

    /// <summary>Requests the resource policy answered with a stand-in or dropped: how many, and their kinds.</summary>
    public ReplacedResources Replaced { get; init; } = ReplacedResources.None;
}

/// <summary>What a page's resource policy replaced: a count, and the kinds comma-separated (null for none).</summary>
internal sealed record ReplacedResources(int Count, string? Kinds)
{
    public static readonly ReplacedResources None = new(0, null);
}
