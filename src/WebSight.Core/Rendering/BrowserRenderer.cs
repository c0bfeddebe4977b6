using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// One Chromium process with one reused page: loads HTML, serves its resources offline, captures it.
/// Used by one worker at a time. A dead or hung browser is replaced and the sample tried again, within a bound.
/// </summary>
internal sealed class BrowserRenderer : IAsyncDisposable
{
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--hide-scrollbars",
        "--mute-audio",
        "--font-render-hinting=none",
        // Belt and braces behind the request routes: anything that escapes them (WebSockets, prefetches, WebRTC)
        // goes to a dead proxy port on loopback, and no host name resolves.
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--dns-prefetch-disable",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _executable;
    private readonly RenderOptions _options;
    private readonly OfflineResources _resources;
    private readonly RunStats _stats;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private IPage? _page;
    private ICDPSession? _session;
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
        _stats = stats;
        _images = resources;
    }

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
        if (_page is null || _pagesInContext >= _options.RecycleEvery)
            await NewContextAsync();
        _pagesInContext++;
        _blockedRequests = 0;
        var timeout = (float)_options.PageTimeout.TotalMilliseconds;

        var watch = Stopwatch.StartNew();
        var html = validated.Page.Html;
        _stylesheet = _resources.StylesheetFor(html);
        var images = _resources.ImagesFor(html);
        _images = images;
        // With JavaScript on, a script could read its own document, so it gets the page exactly as written.
        var document =
            _options.InlineResources && !_options.JavaScriptEnabled
                ? ResourceInliner.Inline(html, _stylesheet, images)
                : html;
        await _page!.SetContentAsync(
            document,
            new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }
        );
        _stats.Record("load", watch.Elapsed, passed: true);

        watch.Restart();
        var probe = await PageProbe.MeasureAsync(_page);
        _stats.Record("probe", watch.Elapsed, passed: true);
        // An image laid out at another scale would differ from the same page rendered anywhere else; the retry
        // starts a fresh browser instead of committing it.
        if (Math.Abs(probe.DevicePixelRatio - _options.DeviceScaleFactor) > 1e-6)
            throw new PlaywrightException(
                $"the page laid out at device scale {probe.DevicePixelRatio}, not {_options.DeviceScaleFactor}"
            );
        var pageHeight = probe.ScrollHeight;
        var clamped = _options.FullPage && pageHeight > _options.MaxHeight;
        watch.Restart();
        var image = await CaptureScreenshotAsync(pageHeight);
        _stats.Record("capture", watch.Elapsed, passed: true);
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
        );
    }

    /// <summary>
    /// Captures through the DevTools protocol directly: Chromium rasterises and encodes (JPEG or PNG) in one call,
    /// with none of the per-capture style injection a generic screenshot API does. Animations and the caret are
    /// frozen by the stylesheet this renderer serves instead.
    /// </summary>
    private async Task<byte[]> CaptureScreenshotAsync(int pageHeight)
    {
        var parameters = new Dictionary<string, object>
        {
            ["format"] = _options.Format == ImageFormat.Jpeg ? "jpeg" : "png",
            ["captureBeyondViewport"] = _options.FullPage,
            // Clip to the viewport width: content that overflows sideways must not widen the image.
            ["clip"] = new Dictionary<string, object>
            {
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = _options.ViewportWidth,
                ["height"] = _options.FullPage
                    ? Math.Clamp(pageHeight, _options.ViewportHeight, _options.MaxHeight)
                    : _options.ViewportHeight,
                // The window already has the device scale (see CaptureSession); a clip scale would multiply it.
                ["scale"] = 1,
            },
        };
        if (_options.Format == ImageFormat.Jpeg)
            parameters["quality"] = _options.Quality;
        var result = await _session!.SendAsync("Page.captureScreenshot", parameters).WaitAsync(_options.PageTimeout);
        // Decoded straight from the UTF-8 reply: no megabyte-sized string on the way.
        return result is { } reply && reply.GetProperty("data").TryGetBytesFromBase64(out var image) && image.Length > 0
            ? image
            : throw new PlaywrightException("Chromium returned an empty or malformed screenshot.");
    }

    private async Task LaunchAsync()
    {
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = _executable,
                Headless = true,
                Args = LaunchArguments,
                Timeout = 60_000,
            }
        );
        _context = null;
        _page = null;
    }

    private async Task NewContextAsync()
    {
        if (_context is not null)
            await _context.CloseAsync();
        _context = await _browser!.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = _options.ViewportWidth, Height = _options.ViewportHeight },
                DeviceScaleFactor = (float)_options.DeviceScaleFactor,
                JavaScriptEnabled = _options.JavaScriptEnabled,
                ReducedMotion = ReducedMotion.Reduce,
                ServiceWorkers = ServiceWorkerPolicy.Block,
                AcceptDownloads = false,
                Locale = "en-US",
                TimezoneId = "UTC",
            }
        );
        await _context.RouteAsync(
            "**/*",
            route =>
                OfflineResources.ServeAsync(
                    route,
                    _stylesheet,
                    _images,
                    () => Interlocked.Increment(ref _blockedRequests)
                )
        );
        // WebSockets bypass request routes; a route that never connects keeps them from reaching any server.
        await _context.RouteWebSocketAsync(_ => true, _ => Interlocked.Increment(ref _blockedRequests));
        _page = await _context.NewPageAsync();
        _session = await CaptureSession.OpenAsync(
            _context,
            _page,
            _options.ViewportWidth,
            _options.ViewportHeight,
            _options.DeviceScaleFactor
        );
        _pagesInContext = 0;
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
