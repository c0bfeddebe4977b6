using System.Collections.Concurrent;
using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;

namespace WebSight.Bench;

/// <summary>
/// The published WebSight v0.2 rendering method, reproduced with Playwright: one browser per core, a new page
/// per sample, the page set as content, a wait for network idle, a full-page PNG at device scale 2, and a
/// re-encode to JPEG quality 65. Resources are served locally as in our pipeline (the whole stylesheet).
/// </summary>
internal static class WebSightBaseline
{
    /// <summary>Runs the method over every page; keeps the first <paramref name="keepImages"/> images and every image's size.</summary>
    public static async Task<BaselineOutput> RunAsync(
        IReadOnlyList<string> pages,
        int workers,
        string executable,
        OfflineResources resources,
        byte[] fullStylesheet,
        int keepImages
    )
    {
        using var playwright = await Playwright.CreateAsync();
        var kept = new ConcurrentDictionary<int, byte[]>();
        var sizes = new ConcurrentDictionary<int, (int, int)>();
        var next = -1;
        await Task.WhenAll(
            Enumerable
                .Range(0, workers)
                .Select(async _ =>
                {
                    var browser = await playwright.Chromium.LaunchAsync(
                        new BrowserTypeLaunchOptions
                        {
                            ExecutablePath = executable,
                            Args = ["--no-sandbox", "--disable-gpu"],
                        }
                    );
                    var context = await browser.NewContextAsync(
                        new BrowserNewContextOptions
                        {
                            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                            DeviceScaleFactor = 2,
                        }
                    );
                    await context.RouteAsync(
                        "**/*",
                        route =>
                        {
                            var url = route.Request.Url;
                            if (TailwindStylesheet.IsCdnLink(url))
                                return route.FulfillAsync(
                                    new RouteFulfillOptions { BodyBytes = fullStylesheet, ContentType = "text/css" }
                                );
                            var image = resources.ResolveImage(url);
                            return image is null
                                ? route.AbortAsync()
                                : route.FulfillAsync(
                                    new RouteFulfillOptions { BodyBytes = image.Body, ContentType = image.ContentType }
                                );
                        }
                    );
                    int index;
                    while ((index = Interlocked.Increment(ref next)) < pages.Count)
                    {
                        var page = await context.NewPageAsync();
                        await page.SetContentAsync(
                            pages[index],
                            new PageSetContentOptions { WaitUntil = WaitUntilState.NetworkIdle }
                        );
                        var png = await page.ScreenshotAsync(
                            new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png }
                        );
                        await page.CloseAsync();
                        var (jpeg, size) = ReencodeAsJpeg(png, 65);
                        sizes[index] = size;
                        if (index < keepImages)
                            kept[index] = jpeg;
                    }
                    await browser.CloseAsync();
                })
        );
        return new BaselineOutput(kept, sizes);
    }

    private static (byte[] Jpeg, (int Width, int Height) Size) ReencodeAsJpeg(byte[] png, int quality)
    {
        using var bitmap = SKBitmap.Decode(png);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return (data.ToArray(), (bitmap.Width, bitmap.Height));
    }
}

/// <summary>What the baseline produced: a few images to compare pixel by pixel, and the size of every image.</summary>
internal sealed record BaselineOutput(
    IReadOnlyDictionary<int, byte[]> Images,
    IReadOnlyDictionary<int, (int Width, int Height)> Sizes
);
