using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Rendering;

/// <summary>Real Chromium: what the renderer captures, serves, blocks and refuses.</summary>
public sealed class BrowserRendererTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BrowserRenderer> StartAsync(RenderOptions? options = null) =>
        await BrowserRenderer.StartAsync(
            _playwright,
            Shared.Browser,
            options ?? new RenderOptions { Workers = 1 },
            Shared.Resources(options?.ServeFullStylesheet ?? false),
            new RunStats()
        );

    private static ValidatedPage Accepted(string html) =>
        new(new GeneratedPage(SampleSpec.For(0, 0), html, "idea", "test", "test", [], null), default);

    private static ValidatedPage Generated(long index) =>
        Accepted(Shared.Generator.Generate(SampleSpec.For(42, index)).Html);

    [Fact]
    public async Task A_generated_page_renders_to_a_non_blank_jpeg_2560_pixels_wide()
    {
        await using var renderer = await StartAsync();
        var result = await renderer.RenderAsync(Generated(0), CancellationToken.None);
        var sample = Assert.Single(Assert.IsType<RenderedPage>(result.Value).Views);
        var image = DecodedImage.Decode(sample.Image);
        Assert.Equal("jpeg", image.Format);
        Assert.Equal(2560, image.Width);
        Assert.Equal(sample.Width, image.Width);
        Assert.Equal(sample.Height, image.Height);
        Assert.Equal(Math.Max(800, sample.PageHeight) * 2, image.Height);
        Assert.True(image.LooksNonBlank, $"stddev {image.LumaStdDev:F1}, dominant {image.DominantShare:P0}");
        Assert.Equal(0, sample.BlockedRequests);
    }

    [Fact]
    public async Task The_tailwind_stylesheet_is_served_from_the_local_copy()
    {
        await using var renderer = await StartAsync(
            new RenderOptions
            {
                Workers = 1,
                DeviceScaleFactor = 1,
                FullPage = false,
            }
        );
        const string body =
            "<div class=\"bg-red-600 w-full h-screen\">Tailwind makes this whole viewport red when it loads.</div>";
        var result = await renderer.RenderAsync(Accepted(PageWrapper.Wrap("m-0", body)), CancellationToken.None);
        var image = DecodedImage.Decode(result.Value!.Views[0].Image);
        Assert.True(image.DominantShare > 0.9, $"dominant colour covers {image.DominantShare:P0}");
        Assert.Equal(1280, image.Width);
        Assert.Equal(800, image.Height);
    }

    [Fact]
    public async Task Requests_to_any_other_host_are_blocked_and_never_leave_the_browser()
    {
        using var listener = new LoopbackListener();
        await using var renderer = await StartAsync();
        var body =
            $"<p class=\"p-4\">A page that tries to phone home from several places at once, every one of them blocked.</p>"
            + $"<img src=\"http://127.0.0.1:{listener.Port}/pixel.png\" alt=\"x\">"
            + $"<link rel=\"stylesheet\" href=\"http://localhost:{listener.Port}/style.css\">"
            + $"<div style=\"background-image:url(http://127.0.0.1:{listener.Port}/bg.png)\" class=\"h-10\"></div>"
            + "<img src=\"https://example.com/logo.png\" alt=\"y\">";
        var result = await renderer.RenderAsync(Accepted(PageWrapper.Wrap("p-0", body)), CancellationToken.None);
        Assert.NotNull(result.Value);
        Assert.True(result.Value!.Views[0].BlockedRequests >= 3, $"{result.Value.Views[0].BlockedRequests} blocked");
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public async Task A_page_taller_than_the_limit_is_clamped()
    {
        await using var renderer = await StartAsync(new RenderOptions { Workers = 1, MaxHeight = 3000 });
        var body =
            "<div class=\"bg-green-200\" style=\"height:20000px\">A very tall page with a single block of colour from top to bottom.</div>";
        var result = await renderer.RenderAsync(Accepted(PageWrapper.Wrap("m-0", body)), CancellationToken.None);
        var sample = result.Value!.Views[0];
        Assert.True(sample.Clamped);
        Assert.True(sample.PageHeight >= 20000);
        Assert.Equal((2560, 6000), (DecodedImage.Decode(sample.Image).Width, DecodedImage.Decode(sample.Image).Height));
    }

    [Fact]
    public async Task A_page_that_never_finishes_loading_is_rejected_with_a_timeout_and_the_next_page_still_renders()
    {
        var options = new RenderOptions
        {
            Workers = 1,
            JavaScriptEnabled = true,
            PageTimeout = TimeSpan.FromSeconds(2),
        };
        await using var renderer = await StartAsync(options);
        var hostile = PageWrapper.Wrap(
            "p-4",
            "<p>Loops forever in a script so the load event never fires at all.</p><script>while(true){}</script>"
        );
        var result = await renderer.RenderAsync(Accepted(hostile), CancellationToken.None);
        Assert.Equal(RejectReason.RenderTimeout, result.Refusal?.Reason);

        var next = await renderer.RenderAsync(Generated(1), CancellationToken.None);
        Assert.NotNull(next.Value);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/away\">", false)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0\">", false)]
    [InlineData("<meta http-equiv=\"Refresh\" content=\"0; URL=about:blank\">", false)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"2;url=https://example.com/later\">", false)]
    [InlineData("<script>location.href = 'https://example.com/away'</script>", true)]
    [InlineData("<script>location.replace('about:blank')</script>", true)]
    [InlineData("<script>addEventListener('load', () => location.reload())</script>", true)]
    [InlineData("<script>setTimeout(() => { location.href = 'https://example.com/late' }, 50)</script>", true)]
    public async Task A_page_that_navigates_itself_is_rejected_as_navigation_without_restarting_the_browser(
        string navigation,
        bool javaScript
    )
    {
        await using var renderer = await StartAsync(new RenderOptions { Workers = 1, JavaScriptEnabled = javaScript });
        var page = PageWrapper.Wrap(
            "p-4",
            navigation + "<p>A page that tries to leave for another document as soon as it is shown.</p>"
        );
        var result = await renderer.RenderAsync(Accepted(page), CancellationToken.None);
        Assert.Equal(RejectReason.Navigation, result.Refusal?.Reason);
        Assert.Equal("navigation", result.Refusal!.Reason.Code());
        Assert.Equal(0, renderer.Restarts);

        // Whatever the page scheduled must not reach the pages after it.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var next = (await renderer.RenderAsync(Generated(3), CancellationToken.None)).Value?.Views[0];
        Assert.NotNull(next);
        Assert.True(DecodedImage.Decode(next.Image).LooksNonBlank);
        Assert.Equal(0, renderer.Restarts);
    }

    [Fact]
    public async Task With_javascript_on_nothing_a_page_leaves_behind_reaches_the_page_after_it()
    {
        var options = new RenderOptions
        {
            Workers = 1,
            JavaScriptEnabled = true,
            DeviceScaleFactor = 1,
        };
        await using var reused = await StartAsync(options);
        await using var fresh = await StartAsync(options);
        // Timers, a patched built-in, the window's name and storage: everything a tab could carry over.
        const string polluter = """
            <script>
              window.name = 'polluted';
              try { localStorage.setItem('polluted', '1'); sessionStorage.setItem('polluted', '1'); } catch (e) {}
              Math.max = () => 123;
              setInterval(() => {
                const banner = document.createElement('div');
                banner.style.cssText = 'background:#f00;height:120px';
                banner.textContent = 'injected by the page before ' + window.name;
                if (document.body) document.body.prepend(banner);
              }, 10);
            </script>
            """;
        var first = await reused.RenderAsync(
            Accepted(PageWrapper.Wrap("p-4", polluter + "<p>A page that leaves timers and globals behind it.</p>")),
            CancellationToken.None
        );
        Assert.NotNull(first.Value);
        await Task.Delay(100);

        var after = (await reused.RenderAsync(Generated(4), CancellationToken.None)).Value!.Views[0];
        var alone = (await fresh.RenderAsync(Generated(4), CancellationToken.None)).Value!.Views[0];
        Assert.Equal(alone.PageHeight, after.PageHeight);
        Assert.Equal(0, DecodedImage.MeanAbsoluteDifference(alone.Image, after.Image));
    }

    [Fact]
    public async Task Javascript_is_disabled_by_default()
    {
        await using var renderer = await StartAsync(
            new RenderOptions
            {
                Workers = 1,
                DeviceScaleFactor = 1,
                FullPage = false,
            }
        );
        var page = PageWrapper.Wrap(
            "m-0",
            "<div id=\"x\" class=\"bg-white w-full h-screen\">Script would paint this page black if it ran at all.</div>"
                + "<script>document.getElementById('x').className='bg-black w-full h-screen'</script>"
        );
        var image = DecodedImage.Decode(
            (await renderer.RenderAsync(Accepted(page), CancellationToken.None)).Value!.Views[0].Image
        );
        Assert.True(image.LumaStdDev < 60 && image.DominantShare > 0.8, "the page was not left white");
    }

    [Fact]
    public async Task Serving_only_the_rules_a_page_uses_renders_exactly_as_the_whole_stylesheet()
    {
        await using var subset = await StartAsync();
        await using var full = await StartAsync(new RenderOptions { Workers = 1, ServeFullStylesheet = true });
        for (var index = 10; index < 16; index++)
        {
            var (fromSubset, fromFull) = await RenderBothAsync(subset, full, index);
            Assert.Equal(fromFull.PageHeight, fromSubset.PageHeight);
            Assert.Equal(fromFull.Image, fromSubset.Image);
        }
    }

    [Fact]
    public async Task Inlining_the_stylesheet_and_images_renders_exactly_as_serving_them_through_routes()
    {
        await using var inlined = await StartAsync();
        await using var routed = await StartAsync(new RenderOptions { Workers = 1, InlineResources = false });
        for (var index = 20; index < 26; index++)
        {
            var (fromInlined, fromRoutes) = await RenderBothAsync(inlined, routed, index);
            Assert.Equal(0, fromInlined.Probe.BrokenImages);
            Assert.Equal(fromRoutes.Probe.Images, fromInlined.Probe.Images);
            Assert.Equal(fromRoutes.PageHeight, fromInlined.PageHeight);
            Assert.Equal((fromRoutes.Width, fromRoutes.Height), (fromInlined.Width, fromInlined.Height));
            // Not byte for byte: an SVG decoded from a data: URI can rasterise a few edge pixels differently.
            Assert.InRange(DecodedImage.MeanAbsoluteDifference(fromRoutes.Image, fromInlined.Image), 0, 0.25);
        }
    }

    /// <summary>The same generated page through two renderers, first <paramref name="first"/>.</summary>
    private static async Task<(RenderedSample First, RenderedSample Second)> RenderBothAsync(
        BrowserRenderer first,
        BrowserRenderer second,
        int index
    ) =>
        (
            (await first.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views[0],
            (await second.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views[0]
        );

    [Fact]
    public async Task Pages_captured_one_after_another_keep_the_device_scale_and_the_same_html_gives_the_same_bytes()
    {
        await using var renderer = await StartAsync();
        var first = (await renderer.RenderAsync(Generated(3), CancellationToken.None)).Value!.Views[0];
        var others = new List<RenderedSample>();
        foreach (var index in new long[] { 0, 1, 2, 3 })
            others.Add((await renderer.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views[0]);

        Assert.All(others.Prepend(first), sample => Assert.Equal(2.0, sample.Probe.DevicePixelRatio));
        Assert.Equal(0, renderer.Restarts);
        Assert.Equal(first.Image, others[^1].Image);
    }

    [Fact]
    public async Task Png_output_is_a_png_of_the_configured_size()
    {
        await using var renderer = await StartAsync(
            new RenderOptions
            {
                Workers = 1,
                Format = ImageFormat.Png,
                DeviceScaleFactor = 1,
                ViewportWidth = 1024,
            }
        );
        var sample = (await renderer.RenderAsync(Generated(3), CancellationToken.None)).Value!.Views[0];
        var image = DecodedImage.Decode(sample.Image);
        Assert.Equal("png", image.Format);
        Assert.Equal(1024, image.Width);
    }

    [Fact]
    public async Task Websight_unsplash_image_urls_render_as_placeholders()
    {
        await using var renderer = await StartAsync(
            new RenderOptions
            {
                Workers = 1,
                DeviceScaleFactor = 1,
                FullPage = false,
            }
        );
        var page = PageWrapper.Wrap(
            "m-0 bg-white",
            "<img class=\"w-full h-screen\" src=\"https://source.unsplash.com/random/1280x800/?mountain\" alt=\"mountain\">"
                + "<p>Caption under the image that has enough words to count as a page.</p>"
        );
        var sample = (await renderer.RenderAsync(Accepted(page), CancellationToken.None)).Value!.Views[0];
        var image = DecodedImage.Decode(sample.Image);
        Assert.Equal(0, sample.BlockedRequests);
        Assert.True(image.LooksNonBlank, "the placeholder did not paint");
    }
}
