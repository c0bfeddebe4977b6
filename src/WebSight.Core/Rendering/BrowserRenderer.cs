using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// One Chromium process with one reused page (a fresh one per page with JavaScript on): loads HTML, serves its
/// resources offline, keeps it from navigating away, captures it. One worker at a time; a dead or hung browser is
/// replaced and the sample tried again, within a bound.
/// </summary>
internal sealed class BrowserRenderer : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly string _executable;
    private readonly RenderOptions _options;
    private readonly OfflineResources _resources;
    private readonly PageStyles _styles;
    private readonly RunStats _stats;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private IPage? _page;
    private ICDPSession? _session;
    private NavigationGuard _navigation = new();
    private int _pagesInContext;
    private int _blockedRequests;
    private byte[] _stylesheet = [];
    private IImageResolver _images;

    private BrowserRenderer(
        IPlaywright playwright,
        string executable,
        RenderOptions options,
        OfflineResources resources,
        RunStats stats
    )
    {
        _playwright = playwright;
        _executable = executable;
        _options = options;
        _resources = resources;
        _styles = new PageStyles(resources, stats);
        _stats = stats;
        _images = resources;
    }

    /// <summary>With JavaScript on, a page's timers and storage would outlive it in a reused tab: one context each.</summary>
    private int PagesPerContext => _options.JavaScriptEnabled ? 1 : _options.RecycleEvery;

    /// <summary>How many times this worker had to start a new browser after one died or hung.</summary>
    public int Restarts { get; private set; }

    public static async Task<BrowserRenderer> StartAsync(
        IPlaywright playwright,
        string executable,
        RenderOptions options,
        OfflineResources resources,
        RunStats stats
    )
    {
        var renderer = new BrowserRenderer(playwright, executable, options, resources, stats);
        await renderer.LaunchAsync();
        return renderer;
    }

    public async Task<StepResult<RenderedSample>> RenderAsync(
        ValidatedPage validated,
        CancellationToken cancellationToken
    )
    {
        string lastError = "";
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (_browser is not { IsConnected: true })
                    await RestartAsync();
                return await CaptureAsync(validated);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException && _navigation.Target is { } target)
            {
                // The page left its document mid-load or mid-capture: its fault, not the browser's.
                return await RefuseNavigationAsync(validated, target);
            }
            catch (TimeoutException e)
            {
                // A page that does not load in time is the page's fault: reject it, and start clean for the next one.
                await RestartAsync();
                return StepResult<RenderedSample>.Refuse(
                    RejectReason.RenderTimeout,
                    FirstLine(e.Message),
                    validated.Page.Html
                );
            }
            catch (PlaywrightException e) when (!cancellationToken.IsCancellationRequested)
            {
                lastError = FirstLine(e.Message);
                await RestartAsync();
            }
        }
        return StepResult<RenderedSample>.Refuse(
            RejectReason.BrowserCrashed,
            $"browser failed {_options.MaxAttempts} times: {lastError}",
            validated.Page.Html
        );
    }

    private async Task<StepResult<RenderedSample>> CaptureAsync(ValidatedPage validated)
    {
        // First, so a failure to set up the page is not taken for the last page leaving.
        _navigation.Reset();
        if (_page is null || _pagesInContext >= PagesPerContext)
            await NewContextAsync();
        _pagesInContext++;
        _blockedRequests = 0;
        var timeout = (float)_options.PageTimeout.TotalMilliseconds;

        var watch = Stopwatch.StartNew();
        var html = validated.Page.Html;
        _stylesheet = _styles.StylesheetFor(html);
        var images = _resources.ImagesFor(html);
        _images = images;
        var document = _styles.Document(html, _stylesheet, images, _options);
        var load = _page!.SetContentAsync(
            document,
            new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }
        );
        if (!await _navigation.OutlastsAsync(load))
            return await RefuseNavigationAsync(validated, _navigation.Target!);
        _stats.Record("load", watch.Elapsed, passed: true);

        watch.Restart();
        var probe = await PageProbe.MeasureAsync(_page);
        _stats.Record("probe", watch.Elapsed, passed: true);
        // A refresh that has not fired yet would fire later, into whatever this tab shows then.
        var target = _navigation.Target ?? (probe.RefreshScheduled ? "a meta refresh not fired yet" : null);
        if (target is not null)
            return await RefuseNavigationAsync(validated, target);
        // An image laid out at another scale would differ from the same page rendered anywhere else; the retry
        // starts a fresh browser instead of committing it.
        if (Math.Abs(probe.DevicePixelRatio - _options.DeviceScaleFactor) > 1e-6)
            throw new PlaywrightException(
                $"the page laid out at device scale {probe.DevicePixelRatio}, not {_options.DeviceScaleFactor}"
            );
        watch.Restart();
        var layout = _options.Layout ? await LayoutSnapshot.CaptureOrRefuseAsync(_session!, _browser!) : null;
        if (layout is { Passed: false })
            return StepResult<RenderedSample>.Refuse(layout.Refusal with { Evidence = html });
        _stats.Record("layout", watch.Elapsed, passed: true);
        var pageHeight = probe.ScrollHeight;
        var clamped = _options.FullPage && pageHeight > _options.MaxHeight;
        watch.Restart();
        var image = await CaptureSession.CaptureAsync(_session!, _options, pageHeight);
        _stats.Record("capture", watch.Elapsed, passed: true);
        if (_navigation.Target is { } late)
            return await RefuseNavigationAsync(validated, late);
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
                images.Sources
            )
            {
                Layout = layout?.Value,
            }
        );
    }

    private async Task LaunchAsync()
    {
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = _executable,
                Headless = true,
                Args = ChromiumFlags.LaunchArguments,
                Timeout = 60_000,
            }
        );
        _context = null;
        _page = null;
    }

    private async Task NewContextAsync()
    {
        // The old context closes while the new one is set up: both mostly wait on the browser.
        var closing = _context?.CloseAsync() ?? Task.CompletedTask;
        try
        {
            _context = await _browser!.NewContextAsync(ChromiumFlags.ContextOptions(_options));
            await PreparePageAsync(_context);
        }
        finally
        {
            await closing;
        }
        _pagesInContext = 0;
    }

    /// <summary>Routes every request of <paramref name="context"/> and opens its one page and capture session.</summary>
    private async Task PreparePageAsync(IBrowserContext context)
    {
        var navigation = _navigation = new NavigationGuard();
        await context.RouteAsync(
            "**/*",
            async route =>
            {
                if (!await navigation.BlockedAsync(route, _page))
                    await OfflineResources.ServeAsync(
                        route,
                        _stylesheet,
                        _images,
                        () => Interlocked.Increment(ref _blockedRequests)
                    );
            }
        );
        // WebSockets bypass request routes; a route that never connects keeps them from reaching any server.
        await context.RouteWebSocketAsync(_ => true, _ => Interlocked.Increment(ref _blockedRequests));
        _page = await context.NewPageAsync();
        _session = await CaptureSession.OpenAsync(
            context,
            _page,
            _options.ViewportWidth,
            _options.ViewportHeight,
            _options.DeviceScaleFactor
        );
        await navigation.WatchAsync(_session);
    }

    /// <summary>
    /// Rejects a page that navigated itself, and drops its context: what it scheduled (a refresh, a timer) dies
    /// with it instead of reaching the next page. The browser itself is fine and stays.
    /// </summary>
    private async Task<StepResult<RenderedSample>> RefuseNavigationAsync(ValidatedPage validated, string target)
    {
        var context = _context;
        (_context, _page, _session) = (null, null, null);
        try
        {
            if (context is not null)
                await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser went with it; the next page restarts it.
        }
        return StepResult<RenderedSample>.Refuse(
            RejectReason.Navigation,
            $"the page tried to leave its document ({target}); the navigation was stopped",
            validated.Page.Html
        );
    }

    private async Task RestartAsync()
    {
        Restarts++;
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone; the new launch below is what matters.
            }
        }
        await LaunchAsync();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        _styles.Dispose();
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // The browser is already gone.
            }
        }
    }
}
