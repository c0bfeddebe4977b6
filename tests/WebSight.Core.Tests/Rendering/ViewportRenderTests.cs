using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Rendering;

/// <summary>Real Chromium: a page loaded once and laid out again per viewport looks as if it were loaded at each.</summary>
public sealed class ViewportRenderTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BrowserRenderer> StartAsync(string viewports) =>
        await BrowserRenderer.StartAsync(
            _playwright,
            Shared.Browser,
            new RenderOptions { Workers = 1, Viewports = Viewport.ParseList(viewports, RenderOptions.ViewportsFlag) },
            Shared.Resources(),
            new RunStats()
        );

    private static ValidatedPage Generated(long index) =>
        new(Shared.Generator.Generate(SampleSpec.For(42, index)), default);

    [Fact]
    public async Task Each_viewport_of_a_page_equals_the_page_rendered_alone_at_that_viewport()
    {
        await using var three = await StartAsync("desktop=1280x800@2,tablet=768x1024@2,phone=390x844@3");
        await using var phone = await StartAsync("phone=390x844@3");
        await using var desktop = await StartAsync("desktop=1280x800@2");
        // Two pages in a row: the second starts at the phone's metrics left by the first and must be set back.
        for (var index = 3; index <= 4; index++)
        {
            var views = (await three.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views;
            Assert.Equal(["desktop", "tablet", "phone"], views.Select(v => v.ViewportName));
            Assert.Equal([2560, 1536, 1170], views.Select(v => v.Width));
            Assert.Equal([1280, 768, 390], views.Select(v => v.Probe.ViewportWidth));

            var alonePhone = (await phone.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views[0];
            var aloneDesktop = (await desktop.RenderAsync(Generated(index), CancellationToken.None)).Value!.Views[0];
            Assert.Equal(alonePhone.PageHeight, views[2].PageHeight);
            Assert.Equal(0, DecodedImage.MeanAbsoluteDifference(alonePhone.Image, views[2].Image));
            Assert.Equal(aloneDesktop.PageHeight, views[0].PageHeight);
            Assert.Equal(0, DecodedImage.MeanAbsoluteDifference(aloneDesktop.Image, views[0].Image));
            // The layout follows the viewport: the root box is as wide as the viewport in CSS pixels.
            Assert.Equal([1280f, 768f, 390f], views.Select(v => v.Layout!.Elements[0].Width));
        }
    }

    [Fact]
    public async Task A_phone_viewport_reflows_the_page_to_its_responsive_layout()
    {
        // md: columns side by side from 768 px up, stacked below: the phone render is taller and narrower.
        var html = PageWrapper.Wrap(
            "p-4",
            "<div class=\"md:flex\"><div class=\"md:w-1/2 h-40 bg-red-500\"></div><div class=\"md:w-1/2 h-40 bg-blue-500\"></div></div>"
                + "<p class=\"mt-4\">Two columns that stack on small screens and sit side by side on wide ones.</p>"
        );
        await using var renderer = await StartAsync("desktop=1280x800@1,phone=390x844@1");
        var page = new ValidatedPage(
            new GeneratedPage(SampleSpec.For(0, 0), html, "", "test", "test", [], null),
            default
        );
        var views = (await renderer.RenderAsync(page, CancellationToken.None)).Value!.Views;
        var boxes = views
            .Select(v =>
                v.Layout!.Elements.Where(e => e.BackgroundColor != "rgba(0, 0, 0, 0)" && e.Tag == "div").ToList()
            )
            .ToList();
        // Desktop: the two blocks share a row; phone: the second sits below the first, each full width.
        Assert.Equal(boxes[0][0].Y, boxes[0][1].Y);
        Assert.True(boxes[0][1].X > boxes[0][0].X);
        Assert.Equal(boxes[1][0].X, boxes[1][1].X);
        Assert.Equal(boxes[1][0].Y + 160, boxes[1][1].Y);
        Assert.Equal(390 - 32, boxes[1][0].Width);
    }
}
