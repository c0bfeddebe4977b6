using System.Globalization;
using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>The thresholds applied to measured numbers; pure, so the review app applies the same rules to old datasets.</summary>
internal static class QualityRules
{
    /// <summary>The image checks first (a blank page is blank before anything else), then the browser's.</summary>
    public static List<(RejectReason Reason, string Detail)> Failures(
        ImageMetrics image,
        PageProbeResult? probe,
        QualityOptions options
    )
    {
        var failures = new List<(RejectReason, string)>();
        if (image.LumaStdDev < options.MinLumaStdDev || image.DominantShare > options.MaxDominantShare)
            failures.Add(
                (
                    RejectReason.BlankImage,
                    Format($"luma stddev {image.LumaStdDev:F2}, one colour covers {image.DominantShare:P1}")
                )
            );
        else if (image.ContentShare < options.MinContentShare)
            failures.Add((RejectReason.LowContent, Format($"content covers {image.ContentShare:P2} of the image")));
        if (probe is null)
            return failures;
        if (probe.BrokenImages > options.MaxBrokenImages)
            failures.Add(
                (RejectReason.BrokenImages, Format($"{probe.BrokenImages} of {probe.Images} images failed to load"))
            );
        if (probe.OverflowPixels > options.MaxOverflowPixels)
            failures.Add(
                (
                    RejectReason.HorizontalOverflow,
                    Format($"document is {probe.ScrollWidth} px wide in a {probe.ViewportWidth} px viewport")
                )
            );
        if (probe.OverflowingTextElements > options.MaxOverflowingTextElements)
            failures.Add(
                (
                    RejectReason.TextOverflow,
                    Format(
                        $"{probe.OverflowingTextElements} elements' text spills out of its box: {string.Join(", ", probe.OverflowingTextExamples)}"
                    )
                )
            );
        return failures;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
