using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;

namespace WebSight.Bench;

/// <summary>
/// What Chromium itself can do: the same pages, already loaded, captured straight through the DevTools
/// protocol (<c>Page.captureScreenshot</c>, JPEG 65, full page at scale 2) with no pipeline around it.
/// In each round every browser loads its next page (not timed), then all capture at once (timed), so the
/// captures compete for the cores as they do in a real run. The limit is pages over total capture time.
/// </summary>
internal static class ChromiumLimit
{
    // WebSight's output settings; the context, the capturing session and the clip must agree on them.
    private const int ViewportWidth = 1280;
    private const int ViewportHeight = 800;
    private const int DeviceScale = 2;

    public static async Task<double> PagesPerSecondAsync(
        IReadOnlyList<string> pages,
        int workers,
        string executable,
        OfflineResources resources,
        int maxHeight
    )
    {
        using var playwright = await Playwright.CreateAsync();
        var browsers = await Task.WhenAll(
            Enumerable.Range(0, workers).Select(_ => CaptureTarget.StartAsync(playwright, executable, resources))
        );
        var capturing = TimeSpan.Zero;
        for (var start = 0; start < pages.Count; start += workers)
        {
            var round = pages.Skip(start).Take(workers).ToList();
            await Task.WhenAll(round.Select((html, i) => browsers[i].LoadAsync(html)));
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(round.Select((_, i) => browsers[i].CaptureAsync(maxHeight)));
            capturing += watch.Elapsed;
        }
        foreach (var browser in browsers)
            await browser.DisposeAsync();
        return pages.Count / capturing.TotalSeconds;
    }

    private sealed class CaptureTarget : IAsyncDisposable
    {
        private readonly IBrowser _browser;
        private readonly IPage _page;
        private readonly ICDPSession _session;
        private readonly OfflineResources _resources;
        private byte[] _stylesheet = [];
        private int _height;

        private CaptureTarget(IBrowser browser, IPage page, ICDPSession session, OfflineResources resources)
        {
            _browser = browser;
            _page = page;
            _session = session;
            _resources = resources;
        }

        public static async Task<CaptureTarget> StartAsync(
            IPlaywright playwright,
            string executable,
            OfflineResources resources
        )
        {
            var browser = await playwright.Chromium.LaunchAsync(
                new BrowserTypeLaunchOptions
                {
                    ExecutablePath = executable,
                    Args = ["--no-sandbox", "--disable-gpu", "--hide-scrollbars"],
                }
            );
            var context = await browser.NewContextAsync(
                new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = ViewportWidth, Height = ViewportHeight },
                    DeviceScaleFactor = DeviceScale,
                    JavaScriptEnabled = false,
                }
            );
            var page = await context.NewPageAsync();
            // The same capture set-up as the renderer's, so the limit captures at the scale the pages laid out at.
            var session = await CaptureSession.OpenAsync(
                context,
                page,
                new Viewport(Viewport.DefaultName, ViewportWidth, ViewportHeight, DeviceScale)
            );
            var target = new CaptureTarget(browser, page, session, resources);
            await context.RouteAsync("**/*", target.ServeAsync);
            return target;
        }

        private Task ServeAsync(IRoute route)
        {
            var url = route.Request.Url;
            if (TailwindStylesheet.IsCdnLink(url))
                return route.FulfillAsync(
                    new RouteFulfillOptions
                    {
                        BodyBytes = _stylesheet,
                        ContentType = "text/css",
                        Headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" },
                    }
                );
            var image = _resources.ResolveImage(url);
            return image is null
                ? route.AbortAsync()
                : route.FulfillAsync(
                    new RouteFulfillOptions { BodyBytes = image.Body, ContentType = image.ContentType }
                );
        }

        public async Task LoadAsync(string html)
        {
            _stylesheet = _resources.StylesheetFor(html);
            await _page.SetContentAsync(html);
            _height = await _page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        }

        public async Task CaptureAsync(int maxHeight)
        {
            var result = await _session.SendAsync(
                "Page.captureScreenshot",
                new Dictionary<string, object>
                {
                    ["format"] = "jpeg",
                    ["quality"] = 65,
                    ["captureBeyondViewport"] = true,
                    ["clip"] = new Dictionary<string, object>
                    {
                        ["x"] = 0,
                        ["y"] = 0,
                        ["width"] = ViewportWidth,
                        ["height"] = Math.Clamp(_height, ViewportHeight, maxHeight),
                        ["scale"] = 1,
                    },
                }
            );
            if (result?.GetProperty("data").GetString() is not { Length: > 0 })
                throw new InvalidOperationException("Chromium returned no screenshot.");
        }

        public async ValueTask DisposeAsync() => await _browser.CloseAsync();
    }
}
