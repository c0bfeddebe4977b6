using System.Text;
using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Rendering;

/// <summary>Placeholders as real Chromium draws them: every purpose non-blank, and a page of them to look at.</summary>
public sealed class PlaceholderScreenshotTests : IAsyncLifetime
{
    private const int Cell = 200;

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    private async Task<RenderedSample> RenderAsync(string body, PhotoLibrary? photos = null)
    {
        var options = new RenderOptions { Workers = 1, DeviceScaleFactor = 1 };
        await using var renderer = await BrowserRenderer.StartAsync(
            _playwright,
            Shared.Browser,
            options,
            Shared.Resources().WithPhotos(photos),
            new RunStats()
        );
        var page = new GeneratedPage(SampleSpec.For(0, 0), PageWrapper.Wrap("bg-white", body), "idea", "t", "t", []);
        var result = await renderer.RenderAsync(new ValidatedPage(page, default), CancellationToken.None);
        return Assert.Single(Assert.IsType<RenderedPage>(result.Value).Views);
    }

    [Fact]
    public async Task Every_purpose_and_variant_is_drawn_by_chromium_as_a_picture_not_a_blank()
    {
        var purposes = Enum.GetValues<ImagePurpose>();
        var body = new StringBuilder("<div style=\"display:grid;grid-template-columns:repeat(5,200px);gap:0\">");
        foreach (var purpose in purposes)
        {
            for (var variant = 1; variant <= 5; variant++)
                body.Append(
                    $"<img style=\"display:block\" src=\"{ImageUrls.For(Cell, Cell, $"{purpose},x,{variant}")}\">"
                );
        }
        var sample = await RenderAsync(body.Append("</div>").ToString());
        using var bitmap = SKBitmap.Decode(sample.Image);
        for (var row = 0; row < purposes.Length; row++)
        {
            for (var column = 0; column < 5; column++)
            {
                var spread = LumaSpread(bitmap, column * Cell, row * Cell);
                Assert.True(spread > 12, $"{purposes[row]} variant {column + 1} looks blank (luma spread {spread:F1})");
            }
        }
    }

    [Fact]
    public async Task A_page_with_a_team_a_product_grid_and_a_menu_shows_people_products_and_dishes()
    {
        var sample = await RenderAsync(PlaceholderShowcase.Body);
        using var bitmap = SKBitmap.Decode(sample.Image);
        Assert.True(bitmap.Height > 900);
        // The picture kept in docs/ is this render, so what it shows is what the code draws.
        var docs = Path.Combine(Repository.Root, "docs", "images-placeholders.jpg");
        if (Environment.GetEnvironmentVariable("WEBSIGHT_WRITE_DOCS") == "1")
            await File.WriteAllBytesAsync(docs, sample.Image);
        Assert.True(new FileInfo(docs).Length <= 200 * 1024, "the docs screenshot must stay within 200 KB");
    }

    [Fact]
    public async Task With_a_photo_library_the_browser_shows_the_photos_and_the_sample_names_them()
    {
        using var library = new TempDirectory();
        using (var bitmap = new SKBitmap(640, 480))
        {
            bitmap.Erase(new SKColor(30, 140, 90));
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(library.Combine("green-chef.png"), data.ToArray());
        }
        var url = ImageUrls.For(Cell, Cell, "portrait,chef,1");
        var sample = await RenderAsync($"<img style=\"display:block\" src=\"{url}\">", PhotoLibrary.Open(library.Path));
        Assert.Equal([new ImageSource("green-chef.png", null, null)], sample.ImageSources);
        using var bitmap2 = SKBitmap.Decode(sample.Image);
        var pixel = bitmap2.GetPixel(Cell / 2, Cell / 2);
        Assert.True(pixel.Green > 110 && pixel.Red < 60, $"expected the green photo, saw {pixel}");
        Assert.Null((await RenderAsync($"<img src=\"{url}\">")).ImageSources);
    }

    /// <summary>Standard deviation of luma over a 200 px cell, sampled every 4 px.</summary>
    private static double LumaSpread(SKBitmap bitmap, int left, int top)
    {
        var lumas = new List<double>();
        for (var y = top + 2; y < top + Cell; y += 4)
        {
            for (var x = left + 2; x < left + Cell; x += 4)
            {
                var p = bitmap.GetPixel(x, y);
                lumas.Add(0.299 * p.Red + 0.587 * p.Green + 0.114 * p.Blue);
            }
        }
        var mean = lumas.Average();
        return Math.Sqrt(lumas.Average(l => (l - mean) * (l - mean)));
    }
}
