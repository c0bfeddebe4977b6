using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Rendering;

/// <summary>
/// Real Chromium under each resource policy: a page's images become placeholders of their size, a saved page's own
/// folder is served and nothing outside it, and no request of any kind reaches a listener on loopback.
/// </summary>
public sealed class ResourcePolicyTests : IAsyncLifetime
{
    private static readonly SKColor Canary = new(255, 0, 255);
    private static readonly SKColor Served = new(0, 200, 0);

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BrowserRenderer> StartAsync(ResourcePolicy policy) =>
        await BrowserRenderer.StartAsync(
            _playwright,
            Shared.Browser,
            new RenderOptions
            {
                Workers = 1,
                Resources = policy,
                Format = ImageFormat.Png,
                DeviceScaleFactor = 1,
                Layout = false,
            },
            Shared.Resources(),
            new RunStats()
        );

    private static ValidatedPage Page(string html, string? sourceFile = null) =>
        new(
            new GeneratedPage(SampleSpec.For(0, 0), html, "", "real", "input", [], null) { SourceFile = sourceFile },
            default
        );

    /// <summary>Every kind of reference a page can make, each to the listener.</summary>
    private static string Beacons(int port)
    {
        var at = $"http://127.0.0.1:{port}";
        return $$"""
            <!doctype html>
            <html><head>
            <base href="{{at}}/base/">
            <link rel="stylesheet" href="{{at}}/style.css">
            <link rel="preload" as="image" href="{{at}}/preload.png">
            <link rel="prefetch" href="{{at}}/prefetch.html">
            <link rel="icon" href="{{at}}/favicon.ico">
            <script src="{{at}}/script.js"></script>
            <style>
              @import url("{{at}}/import.css");
              @font-face { font-family: Beacon; src: url("{{at}}/font.woff2") format("woff2"); }
              body { font-family: Beacon, sans-serif; background: url("{{at}}/body.png"); }
              .bg { width: 100px; height: 100px; background-image: url("//127.0.0.1:{{port}}/bg.png"); }
              .set { width: 100px; height: 100px; background-image: image-set("{{at}}/set.png" 1x); }
              li { list-style-image: url("{{at}}/bullet.png"); }
            </style>
            </head><body>
            <h1>Beacons in every resource kind</h1>
            <img src="{{at}}/img.png" width="120" height="80" alt="a photo">
            <img src="relative/img.png" alt="relative">
            <img srcset="{{at}}/srcset-1x.png 1x, {{at}}/srcset-2x.png 2x" alt="srcset">
            <picture><source srcset="{{at}}/source.webp" type="image/webp"><img src="{{at}}/picture.png" alt="picture"></picture>
            <div class="bg"></div><div class="set"></div><ul><li>item</li></ul>
            <video poster="{{at}}/poster.png" width="160" height="90"></video>
            <audio src="{{at}}/audio.mp3" preload="auto"></audio>
            <svg width="100" height="100"><image href="{{at}}/svg-image.png" width="100" height="100"/><use href="{{at}}/sprite.svg#icon"/></svg>
            <iframe src="{{at}}/frame.html" width="200" height="100"></iframe>
            <object data="{{at}}/object.pdf" width="100" height="100"></object>
            <embed src="{{at}}/embed.swf" width="100" height="100">
            <input type="image" src="{{at}}/input.png" alt="go">
            <table background="{{at}}/table.png"><tr><td>cell</td></tr></table>
            </body></html>
            """;
    }

    [Theory]
    [InlineData("placeholder")]
    [InlineData("local")]
    [InlineData("reject")]
    public async Task No_resource_kind_reaches_a_listener_whatever_the_policy(string name)
    {
        var policy = ResourcePolicies.Parse(name);
        using var listener = new LoopbackListener();
        using var folder = new TempDirectory();
        var file = folder.Combine("page.html");
        await File.WriteAllTextAsync(file, Beacons(listener.Port));
        await using var renderer = await StartAsync(policy);

        var result = await renderer.RenderAsync(Page(Beacons(listener.Port), file), CancellationToken.None);

        Assert.True(result.Passed, result.Refusal?.Detail);
        await Task.Delay(500); // a prefetch or preload would connect after the load event
        Assert.Equal(0, listener.Connections);
        var replaced = result.Value!.Views[0].Replaced;
        if (policy == ResourcePolicy.Reject)
        {
            Assert.Equal(ReplacedResources.None, replaced);
            return;
        }
        Assert.True(replaced.Count >= 10, $"{replaced.Count} replaced ({replaced.Kinds})");
        foreach (var kind in (string[])["image", "stylesheet", "font", "frame"])
            Assert.Contains(kind, replaced.Kinds!.Split(','));
    }

    [Fact]
    public async Task A_meta_refresh_to_a_listener_is_stopped_and_the_page_refused()
    {
        using var listener = new LoopbackListener();
        await using var renderer = await StartAsync(ResourcePolicy.Placeholder);
        var html =
            $"<html><head><meta http-equiv=\"refresh\" content=\"0; url=http://127.0.0.1:{listener.Port}/refresh\"></head>"
            + "<body><p>Moved.</p></body></html>";

        var result = await renderer.RenderAsync(Page(html), CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Equal(RejectReason.Navigation, result.Refusal!.Reason);
        await Task.Delay(500);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public async Task An_external_image_becomes_a_placeholder_of_the_size_the_page_asks_for()
    {
        await using var renderer = await StartAsync(ResourcePolicy.Placeholder);
        var html =
            "<!doctype html><html><body style=\"margin:0;background:#fff\">"
            + "<img src=\"https://images.example.com/team/portrait.jpg\" width=\"300\" height=\"150\" alt=\"our team\" style=\"display:block\">"
            + "<img src=\"photos/unsized.jpg\" alt=\"a landscape\" style=\"display:block\">"
            + "<p>Text after the images.</p></body></html>";

        var result = await renderer.RenderAsync(Page(html), CancellationToken.None);

        Assert.True(result.Passed, result.Refusal?.Detail);
        var sample = result.Value!.Views[0];
        Assert.Equal(0, sample.Probe.BrokenImages);
        Assert.Equal(new ReplacedResources(2, "image"), sample.Replaced);
        using var bitmap = SKBitmap.Decode(sample.Image);
        // The first placeholder fills 300x150 at the top left (painted, not page white); the page is white beside it.
        Assert.True(NonWhiteShare(bitmap, new SKRectI(0, 0, 300, 150)) > 0.5);
        Assert.Equal(0, NonWhiteShare(bitmap, new SKRectI(310, 0, 600, 140)));
        // The unsized one gets the default size below it.
        Assert.True(
            NonWhiteShare(bitmap, new SKRectI(0, 150, ImageSizes.Default.Width, 150 + ImageSizes.Default.Height)) > 0.5
        );
    }

    [Fact]
    public async Task Local_serves_the_page_folder_and_no_path_trick_reaches_a_file_beside_it()
    {
        using var root = new TempDirectory();
        var canary = root.Combine("canary.png");
        WritePng(canary, Canary);
        var site = Directory.CreateDirectory(root.Combine("site")).FullName;
        var assets = Directory.CreateDirectory(Path.Combine(site, "page_files")).FullName;
        WritePng(Path.Combine(assets, "ok.png"), Served);
        File.CreateSymbolicLink(Path.Combine(assets, "link.png"), canary);
        Directory.CreateSymbolicLink(Path.Combine(site, "up"), root.Path);
        string[] tricks =
        [
            "../canary.png",
            "../../canary.png",
            "page_files/../../canary.png",
            "%2e%2e/canary.png",
            "%2E%2E%2Fcanary.png",
            "..%2fcanary.png",
            "page_files%2f..%2f..%2fcanary.png",
            "%252e%252e%252fcanary.png",
            "..%5ccanary.png",
            "..\\canary.png",
            "page_files\\..\\..\\canary.png",
            "/../canary.png",
            canary,
            "file://" + canary,
            "file://localhost" + canary,
            "page_files/link.png",
            "up/canary.png",
            "http://page.websight.invalid/../canary.png",
            "//page.websight.invalid/%2e%2e/canary.png",
        ];
        var images = string.Concat(tricks.Select(t => $"<img src=\"{t}\" width=\"50\" height=\"50\" alt=\"x\">"));
        var backgrounds = string.Concat(
            tricks.Select(t => $"<div style=\"width:50px;height:50px;background:url('{t}')\"></div>")
        );
        var html =
            "<!doctype html><html><body style=\"margin:0\">"
            + "<img src=\"page_files/ok.png\" width=\"50\" height=\"50\" alt=\"ok\">"
            + images
            + backgrounds
            + "</body></html>";
        var file = Path.Combine(site, "page.html");
        await File.WriteAllTextAsync(file, html);
        await using var renderer = await StartAsync(ResourcePolicy.Local);

        var result = await renderer.RenderAsync(Page(html, file), CancellationToken.None);

        Assert.True(result.Passed, result.Refusal?.Detail);
        using var bitmap = SKBitmap.Decode(result.Value!.Views[0].Image);
        Assert.True(Count(bitmap, Served) >= 2000, "the page's own file was not served");
        Assert.Equal(0, Count(bitmap, Canary));
    }

    [Theory]
    [InlineData("../canary.png")]
    [InlineData("/a/%2e%2e/%2e%2e/canary.png")]
    [InlineData("/..%2fcanary.png")]
    [InlineData("/..%5ccanary.png")]
    [InlineData("/%2E%2E/canary.png")]
    [InlineData("/C:/canary.png")]
    [InlineData("/a/%00/canary.png")]
    [InlineData("/")]
    public void Local_folder_refuses_a_path_that_could_leave_it(string urlPath)
    {
        using var root = new TempDirectory();
        Assert.Null(new LocalFolder(root.Combine("site")).Resolve(urlPath));
    }

    private static double NonWhiteShare(SKBitmap bitmap, SKRectI area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red < 245 || pixel.Green < 245 || pixel.Blue < 245)
                    count++;
            }
        }
        return count / (double)(area.Width * area.Height);
    }

    private static int Count(SKBitmap bitmap, SKColor colour)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) == colour)
                    count++;
            }
        }
        return count;
    }

    private static void WritePng(string path, SKColor colour)
    {
        using var bitmap = new SKBitmap(50, 50);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
