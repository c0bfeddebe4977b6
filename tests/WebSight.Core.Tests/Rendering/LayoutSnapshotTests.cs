using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>Boxes from the DOM snapshot land where Chromium paints the elements, in the image a capture makes.</summary>
public sealed class LayoutSnapshotTests : IAsyncLifetime
{
    private const double Scale = 2;

    private const string Page = """
        <html><body style="margin:0;background:#fff">
        <div style="height:300px"></div>
        <div id="block" style="margin-left:150px;width:200px;height:120px;background:rgb(220,20,60)"></div>
        <p style="margin:40px 0 0 60px;font-size:32px;font-weight:700;color:rgb(0,0,200)">Sourdough bread</p>
        <div style="visibility:hidden;width:50px;height:50px;background:#000">hidden words</div>
        <div style="height:2000px"></div>
        </body></html>
        """;

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions { ExecutablePath = Shared.Browser, Args = ["--no-sandbox"] }
        );
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task Element_and_text_boxes_agree_with_the_pixels_of_a_full_page_capture()
    {
        var context = await _browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 800, Height = 600 },
                DeviceScaleFactor = (float)Scale,
                JavaScriptEnabled = false,
            }
        );
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Page);
        var session = await CaptureSession.OpenAsync(context, page, new Viewport("test", 800, 600, Scale));

        var layout = await LayoutSnapshot.CaptureAsync(session);
        var image = await page.ScreenshotAsync(
            new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png }
        );
        using var bitmap = SKBitmap.Decode(image);

        // The crimson block: its box, scaled to image pixels, is crimson inside and white just outside.
        var block = Assert.Single(layout.Elements, e => e.BackgroundColor == "rgb(220, 20, 60)");
        Assert.Equal((150f, 300f, 200f, 120f), (block.X, block.Y, block.Width, block.Height));
        Assert.True(block.Visible);
        AssertPixel(bitmap, block.X + 5, block.Y + 5, new SKColor(220, 20, 60));
        AssertPixel(bitmap, block.X + block.Width - 5, block.Y + block.Height - 5, new SKColor(220, 20, 60));
        AssertPixel(bitmap, block.X - 5, block.Y + 5, SKColors.White);
        AssertPixel(bitmap, block.X + 5, block.Y + block.Height + 5, SKColors.White);

        // The heading's text block: where its blue glyphs are, in its colour, held by the p.
        var text = Assert.Single(layout.TextBlocks, t => t.Text == "Sourdough bread");
        Assert.Equal("rgb(0, 0, 200)", text.Color);
        var holder = layout.Elements[text.Element];
        Assert.Equal(("p", 32f, 700), (holder.Tag, holder.FontSize, holder.FontWeight));
        Assert.InRange(text.X, 59, 61);
        Assert.True(BluePixels(bitmap, text) > 200, "no blue glyph pixels inside the text block's box");
        Assert.Equal(0, BluePixels(bitmap, text with { Y = text.Y + text.Height + 20 }));

        // Parents point at rendered ancestors; the hidden element is listed as not visible.
        Assert.Equal("body", layout.Elements[block.Parent].Tag);
        Assert.Equal(-1, layout.Elements[0].Parent);
        Assert.Contains(layout.Elements, e => e.Tag == "div" && !e.Visible && e.Width == 50);
        await context.CloseAsync();
    }

    private static void AssertPixel(SKBitmap bitmap, float cssX, float cssY, SKColor expected)
    {
        var pixel = bitmap.GetPixel((int)(cssX * Scale), (int)(cssY * Scale));
        Assert.True(
            Math.Abs(pixel.Red - expected.Red) < 8
                && Math.Abs(pixel.Green - expected.Green) < 8
                && Math.Abs(pixel.Blue - expected.Blue) < 8,
            $"pixel at CSS ({cssX}, {cssY}) is {pixel}, expected {expected}"
        );
    }

    private static int BluePixels(SKBitmap bitmap, TextBlock box)
    {
        var count = 0;
        for (var y = (int)(box.Y * Scale); y < (int)((box.Y + box.Height) * Scale); y++)
        {
            for (var x = (int)(box.X * Scale); x < (int)((box.X + box.Width) * Scale); x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Blue > 120 && p.Red < 100 && p.Green < 100)
                    count++;
            }
        }
        return count;
    }
}
