using Microsoft.Playwright;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Quality;

/// <summary>
/// Real Chromium set up like the renderer (JavaScript off, resources served offline, scrollbars hidden) that loads a
/// page, runs <see cref="PageProbe"/> in it and captures the viewport-wide full page, as the pipeline will.
/// </summary>
internal sealed class ProbingBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    private readonly OfflineResources _resources = Shared.Resources();
    private byte[] _stylesheet = [];

    private ProbingBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public static async Task<ProbingBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Shared.Browser,
                Headless = true,
                Args = ["--no-sandbox", "--hide-scrollbars", "--disable-gpu"],
            }
        );
        var context = await browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                DeviceScaleFactor = 1,
                JavaScriptEnabled = false,
            }
        );
        var probing = new ProbingBrowser(playwright, browser, await context.NewPageAsync());
        await context.RouteAsync("**/*", probing.ServeAsync);
        return probing;
    }

    public async Task<(byte[] Image, PageProbeResult Probe)> RenderAsync(string html)
    {
        _stylesheet = _resources.StylesheetFor(html);
        await _page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        var probe = await PageProbe.MeasureAsync(_page);
        var image = await _page.ScreenshotAsync(
            new PageScreenshotOptions
            {
                Type = ScreenshotType.Jpeg,
                Quality = 65,
                FullPage = true,
                Clip = new Clip
                {
                    X = 0,
                    Y = 0,
                    Width = 1280,
                    Height = Math.Clamp(
                        await _page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"),
                        800,
                        4000
                    ),
                },
            }
        );
        return (image, probe);
    }

    private Task ServeAsync(IRoute route) => _resources.ServeAsync(route, _stylesheet, () => { });

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
