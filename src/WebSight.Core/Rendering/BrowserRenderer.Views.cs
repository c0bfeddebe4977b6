using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>The capture of a loaded page at one viewport: probe, layout snapshot, screenshot.</summary>
internal sealed partial class BrowserRenderer
{
    private async Task<StepResult<RenderedSample>> CaptureViewAsync(
        ValidatedPage validated,
        Viewport viewport,
        IReadOnlyList<ImageSource>? imageSources
    )
    {
        var html = validated.Page.Html;
        var watch = Stopwatch.StartNew();
        var probe = await PageProbe.MeasureAsync(_page!);
        _stats.Record("probe", watch.Elapsed, passed: true);
        // A refresh that has not fired yet would fire later, into whatever this tab shows then.
        var target = _navigation.Target ?? (probe.RefreshScheduled ? "a meta refresh not fired yet" : null);
        if (target is not null)
            return (await RefuseNavigationAsync(validated, target)).Carry<RenderedSample>();
        // An image laid out at another scale would differ from the same page rendered anywhere else; the retry
        // starts a fresh browser instead of committing it.
        if (Math.Abs(probe.DevicePixelRatio - viewport.Scale) > 1e-6)
            throw new PlaywrightException(
                $"the page laid out at device scale {probe.DevicePixelRatio}, not {viewport.Scale} ({viewport.Name})"
            );
        watch.Restart();
        var layout = _options.Layout ? await LayoutSnapshot.CaptureOrRefuseAsync(_session!, _browser!) : null;
        if (layout is { Passed: false })
            return StepResult<RenderedSample>.Refuse(layout.Refusal with { Evidence = html });
        _stats.Record("layout", watch.Elapsed, passed: true);
        var pageHeight = probe.ScrollHeight;
        var clamped = _options.FullPage && pageHeight > _options.MaxHeightAt(viewport);
        watch.Restart();
        var image = await CaptureSession.CaptureAsync(_session!, _options, viewport, pageHeight);
        _stats.Record("capture", watch.Elapsed, passed: true);
        if (_navigation.Target is { } late)
            return (await RefuseNavigationAsync(validated, late)).Carry<RenderedSample>();
        var (width, height) = ImageHeader.Read(image);
        return StepResult<RenderedSample>.Pass(
            new RenderedSample(
                validated.Page,
                validated.Metrics,
                image,
                width,
                height,
                pageHeight,
                clamped,
                _blockedRequests,
                probe,
                imageSources
            )
            {
                Layout = layout?.Value,
                ViewportName = viewport.Name,
                Replaced = new ReplacedResources(_pageResources!.Replaced, _pageResources.Kinds),
            }
        );
    }
}
