using System.Diagnostics;
using Microsoft.Playwright;
using WebSight.Core.Rendering;

namespace WebSight.Bench;

/// <summary>
/// What Chromium itself can do: the same pages, already loaded, captured straight through the DevTools
/// protocol (<c>Page.captureScreenshot</c>, JPEG 65, full page at scale 2) with no pipeline around it.
/// Only the capture calls are timed; the limit is pages over capture time, per browser, times browsers.
/// </summary>
internal static class ChromiumLimit
{
    public static async Task<double> PagesPerSecondAsync(
        IReadOnlyList<string> pages,
        int workers,
        string executable,
        OfflineResources resources,
        int maxHeight
    )
    {
        using var playwright = await Playwright.CreateAsync();
        var next = -1;
        var rates = await Task.WhenAll(
            Enumerable
                .Range(0, workers)
                .Select(async _ =>
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
                            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                            DeviceScaleFactor = 2,
                            JavaScriptEnabled = false,
                        }
                    );
                    var stylesheet = Array.Empty<byte>();
                    await context.RouteAsync(
                        "**/*",
                        route =>
                        {
                            var url = route.Request.Url;
                            if (OfflineResources.IsServedStylesheet(url))
                                return route.FulfillAsync(
                                    new RouteFulfillOptions
                                    {
                                        BodyBytes = stylesheet,
                                        ContentType = "text/css",
                                        Headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" },
                                    }
                                );
                            var image = resources.ResolveImage(url);
                            return image is null
                                ? route.AbortAsync()
                                : route.FulfillAsync(
                                    new RouteFulfillOptions { BodyBytes = image.Body, ContentType = image.ContentType }
                                );
                        }
                    );
                    var page = await context.NewPageAsync();
                    var session = await context.NewCDPSessionAsync(page);
                    var captured = 0;
                    var capturing = TimeSpan.Zero;
                    int index;
                    while ((index = Interlocked.Increment(ref next)) < pages.Count)
                    {
                        stylesheet = resources.StylesheetFor(pages[index]);
                        await page.SetContentAsync(pages[index]);
                        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
                        var watch = Stopwatch.StartNew();
                        var result = await session.SendAsync(
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
                                    ["width"] = 1280,
                                    ["height"] = Math.Clamp(height, 800, maxHeight),
                                    ["scale"] = 2,
                                },
                            }
                        );
                        capturing += watch.Elapsed;
                        if (result?.GetProperty("data").GetString() is not { Length: > 0 })
                            throw new InvalidOperationException("Chromium returned no screenshot.");
                        captured++;
                    }
                    await browser.CloseAsync();
                    return captured / capturing.TotalSeconds;
                })
        );
        return rates.Sum();
    }
}
