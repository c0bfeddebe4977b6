using System.Threading.Channels;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Quality;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// Browser processes rendering side by side, one sample at a time each: Chromium raster and encode are
/// single-threaded per capture, so parallelism comes from processes, not from more pages per browser.
/// </summary>
internal sealed class RenderPool : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IReadOnlyList<BrowserRenderer> _renderers;
    private readonly RunStats _stats;
    private readonly QualityChecker _quality;

    private RenderPool(
        IPlaywright playwright,
        IReadOnlyList<BrowserRenderer> renderers,
        RunStats stats,
        QualityChecker quality
    )
    {
        _playwright = playwright;
        _renderers = renderers;
        _stats = stats;
        _quality = quality;
    }

    public int BrowserRestarts => _renderers.Sum(r => r.Restarts);

    public static async Task<RenderPool> StartAsync(
        RenderOptions options,
        OfflineResources resources,
        string executable,
        RunStats stats,
        QualityChecker quality
    )
    {
        options.Validate();
        var playwright = await Playwright.CreateAsync();
        var renderers = new List<BrowserRenderer>();
        try
        {
            var launches = Enumerable
                .Range(0, options.Workers)
                .Select(_ => BrowserRenderer.StartAsync(playwright, executable, options, resources));
            renderers.AddRange(await Task.WhenAll(launches));
        }
        catch (PlaywrightException e)
        {
            foreach (var renderer in renderers)
                await renderer.DisposeAsync();
            playwright.Dispose();
            throw new SetupException(
                $"Chromium at {executable} did not start: {e.Message.Split('\n')[0]}. "
                    + "Reinstall it (apt-get install -y chromium chromium-headless-shell) or choose another with --browser-path."
            );
        }
        return new RenderPool(playwright, renderers, stats, quality);
    }

    /// <summary>Renders everything from <paramref name="input"/> into <paramref name="output"/> until input completes.</summary>
    public Task RunAsync(
        ChannelReader<ValidationResult> input,
        ChannelWriter<StageResult> output,
        CancellationToken cancellationToken
    ) => Task.WhenAll(_renderers.Select(r => WorkAsync(r, input, output, cancellationToken)));

    private async Task WorkAsync(
        BrowserRenderer renderer,
        ChannelReader<ValidationResult> input,
        ChannelWriter<StageResult> output,
        CancellationToken cancellationToken
    )
    {
        await foreach (var page in input.ReadAllAsync(cancellationToken))
        {
            var result = await renderer.RenderAsync(page, cancellationToken);
            if (result.Sample is { } sample)
            {
                _stats.Record("load", sample.LoadTime, passed: true);
                _stats.Record("probe", sample.ProbeTime, passed: true);
                _stats.Record("capture", sample.CaptureTime, passed: true);
                await output.WriteAsync(Check(sample), cancellationToken);
            }
            else
            {
                _stats.Record("render", TimeSpan.Zero, passed: false);
                await output.WriteAsync(StageResult.Rejected(result.Rejection!), cancellationToken);
            }
        }
    }

    /// <summary>The quality stage: QA metrics on the screenshot and the page probe, and near-duplicates.</summary>
    private StageResult Check(RenderedSample sample)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var page = sample.Page;
        var report = _quality.Check(page.Spec.Id, sample.Image, sample.Probe, VisibleText.FromHtml(page.Html));
        _stats.Record("quality", watch.Elapsed, report.Rejection is null);
        foreach (var flag in report.Flags)
            _stats.Add("qa_flags." + flag.Code(), 1);
        return report.Rejection is { } reason
            ? StageResult.Rejected(new Rejection(page.Spec, "quality", reason, report.Detail, page.Html))
            : StageResult.Rendered(sample with { Quality = report });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var renderer in _renderers)
            await renderer.DisposeAsync();
        _playwright.Dispose();
    }
}
