using Microsoft.Playwright;

namespace WebSight.Core.Tests.Support;

/// <summary>
/// A Chromium for comparing two renders pixel by pixel: flags that decide pixels only (the renderer's own flags send
/// loopback to a dead proxy, and a reference render may need a script server on 127.0.0.1), 1280 × 800 at scale 1,
/// full-page PNGs, placeholder pictures for image URLs and nothing else off the machine.
/// </summary>
internal sealed class PixelBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PixelBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PixelBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Shared.Browser,
                Args = ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none"],
            }
        );
        return new PixelBrowser(playwright, browser);
    }

    /// <summary>The document's full-page PNG; <paramref name="ready"/> waits for what a script must do first.</summary>
    public async Task<byte[]> ScreenshotAsync(string document, bool javaScript = false, Func<IPage, Task>? ready = null)
    {
        await using var context = await _browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                JavaScriptEnabled = javaScript,
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                DeviceScaleFactor = 1,
            }
        );
        var page = await context.NewPageAsync();
        var images = Shared.Resources();
        await page.RouteAsync(
            url => !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal),
            route =>
                images.ResolveImage(route.Request.Url) is { } image
                    ? route.FulfillAsync(new() { ContentType = image.ContentType, BodyBytes = image.Body })
                    : route.AbortAsync()
        );
        await page.SetContentAsync(document, new() { WaitUntil = WaitUntilState.Load });
        if (ready is not null)
            await ready(page);
        return await page.ScreenshotAsync(new() { FullPage = true, Type = ScreenshotType.Png });
    }

    /// <summary>With WEBSIGHT_TEST_SCREENSHOTS set, keeps a comparison's files there for a person to look at.</summary>
    public static void Save(string name, params (string Suffix, byte[] Bytes)[] files)
    {
        if (Environment.GetEnvironmentVariable("WEBSIGHT_TEST_SCREENSHOTS") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        foreach (var (suffix, bytes) in files)
            File.WriteAllBytes(Path.Combine(folder, name + suffix), bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
