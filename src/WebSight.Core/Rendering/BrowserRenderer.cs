using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Styling;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// One Chromium process with one reused page (a fresh one per page with JavaScript on): loads HTML, serves its
/// resources offline, keeps it from navigating away, captures it. One worker at a time; a dead or hung browser is
/// replaced and the sample tried again, within a bound.
/// </summary>
internal sealed partial class BrowserRenderer : IAsyncDisposable
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
    private Viewport? _emulated;
    private NavigationGuard _navigation = new();
    private int _pagesInContext;
    private int _blockedRequests;
    private byte[] _stylesheet = [];
    private IImageResolver _images;
    private PageResources? _pageResources;

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
        _styles = new PageStyles(resources, stats, options.Styling == PageStyling.Css);
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

    public async Task<StepResult<RenderedPage>> RenderAsync(
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
                return StepResult<RenderedPage>.Refuse(
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
        return StepResult<RenderedPage>.Refuse(
            RejectReason.BrowserCrashed,
            $"browser failed {_options.MaxAttempts} times: {lastError}",
            validated.Page.Html
        );
    }

    private async Task<StepResult<RenderedPage>> CaptureAsync(ValidatedPage validated)
    {
        // First, so a failure to set up the page is not taken for the last page leaving.
        _navigation.Reset();
        var viewports = _options.EffectiveViewports;
        if (_page is null || _pagesInContext >= PagesPerContext)
            await NewContextAsync();
        else if (_emulated != viewports[0])
            await EmulateAsync(viewports[0]);
        _pagesInContext++;
        _blockedRequests = 0;
        var timeout = (float)_options.PageTimeout.TotalMilliseconds;

        var watch = Stopwatch.StartNew();
        var html = validated.Page.Html;
        _stylesheet = _styles.StylesheetFor(html);
        var images = _resources.ImagesFor(html);
        _images = images;
        var pageResources = _pageResources = PageResources.For(validated.Page, _options.Resources, _resources);
        var document = pageResources.DocumentFor(_styles.Document(html, _stylesheet, images, _options));
        var load = _page!.SetContentAsync(
            document,
            new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }
        );
        if (!await _navigation.OutlastsAsync(load))
            return await RefuseNavigationAsync(validated, _navigation.Target!);
        _stats.Record("load", watch.Elapsed, passed: true);

        // The page is loaded once; each further viewport lays the same document out again.
        var views = new List<RenderedSample>(viewports.Count);
        foreach (var viewport in viewports)
        {
            if (_emulated != viewport)
                await EmulateAsync(viewport);
            var view = await CaptureViewAsync(validated, viewport, images.Sources);
            if (!view.Passed)
                return view.Carry<RenderedPage>();
            views.Add(view.Value);
        }
        return StepResult<RenderedPage>.Pass(new RenderedPage(views));
    }

    private async Task EmulateAsync(Viewport viewport)
    {
        await CaptureSession.EmulateAsync(_session!, viewport);
        _emulated = viewport;
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
                        () => Interlocked.Increment(ref _blockedRequests),
                        _pageResources
                    );
            }
        );
        // WebSockets bypass request routes; a route that never connects keeps them from reaching any server.
        await context.RouteWebSocketAsync(_ => true, _ => Interlocked.Increment(ref _blockedRequests));
        _page = await context.NewPageAsync();
        var first = _options.EffectiveViewports[0];
        _session = await CaptureSession.OpenAsync(context, _page, first);
        _emulated = first;
        await navigation.WatchAsync(_session);
    }

    /// <summary>
    /// Rejects a page that navigated itself, and drops its context: what it scheduled (a refresh, a timer) dies
    /// with it instead of reaching the next page. The browser itself is fine and stays.
    /// </summary>
    private async Task<StepResult<RenderedPage>> RefuseNavigationAsync(ValidatedPage validated, string target)
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
        return StepResult<RenderedPage>.Refuse(
            RejectReason.Navigation,
            $"the page tried to leave its document ({target}); the navigation was stopped",
            validated.Page.Html
        );
    }

    private async Task RestartAsync()
    {
        Restarts++;
        await CloseBrowserAsync();
        await LaunchAsync();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        _styles.Dispose();
        await CloseBrowserAsync();
    }

    private async Task CloseBrowserAsync()
    {
        try
        {
            if (_browser is not null)
                await _browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone: a restart launches a new one, a dispose has nothing left to do.
        }
    }
}
