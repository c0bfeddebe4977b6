namespace WebSight.Core.Rendering;

/// <summary>
/// What <see cref="PageProbe"/> measured in the loaded page; sizes are CSS pixels (the height is what a
/// full-page capture covers). The examples name up to three
/// overflowing elements (tag, classes, scroll and client width) so a rejection says where to look.
/// <see cref="RefreshScheduled"/>: the document holds a meta refresh, so it will navigate itself sooner or later.
/// </summary>
internal sealed record PageProbeResult(
    int ViewportWidth,
    int ScrollWidth,
    int ScrollHeight,
    int Images,
    int BrokenImages,
    int OverflowingTextElements,
    IReadOnlyList<string> OverflowingTextExamples,
    double DevicePixelRatio,
    bool RefreshScheduled
)
{
    /// <summary>How far the document reaches past the right edge of the viewport.</summary>
    public int OverflowPixels => Math.Max(0, ScrollWidth - ViewportWidth);
}
