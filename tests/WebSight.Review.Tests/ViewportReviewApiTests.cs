using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Quality;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Review.Tests;

/// <summary>
/// A dataset with two viewports per page and layout columns: the API serves a page's sibling viewports, each render's
/// image and its boxes with their scale; the detail view shows the viewports side by side and draws the boxes.
/// </summary>
public sealed class ViewportReviewApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ReviewServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var rows = new List<DatasetRow>();
        for (var index = 0; index < 2; index++)
        {
            rows.Add(Row(index, "desktop", 640, 400, cssWidth: 320));
            rows.Add(Row(index, "phone", 300, 600, cssWidth: 100));
        }
        await ParquetFiles.WriteAtomicallyAsync(
            Path.Combine(_directory.Path, "data", "train-00000-of-00001.parquet"),
            rows,
            3,
            CancellationToken.None
        );
        _server = await ReviewServer.StartAsync(
            new ReviewOptions { DatasetDirectory = _directory.Path },
            new QualityOptions(),
            TimeProvider.System,
            TextWriter.Null,
            CancellationToken.None
        );
        await _server.AnalysisRun.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _directory.Dispose();
    }

    private static DatasetRow Row(int index, string viewport, int width, int height, int cssWidth) =>
        new()
        {
            Id = $"page-{index:D3}",
            Index = index,
            Viewport = viewport,
            Topic = "bakery",
            Generator = "template",
            Text = $"<html><body><h1>Bakery {index}</h1><p>Fresh bread from the oven every morning.</p></body></html>",
            Image = new HfImage { Bytes = Picture(width, height) },
            Width = width,
            Height = height,
            PageHeight = height * cssWidth / width,
            LayoutElements =
            [
                new()
                {
                    Tag = "html",
                    Parent = -1,
                    Width = cssWidth,
                    Height = 200,
                    Visible = true,
                },
                new()
                {
                    Tag = "h1",
                    Parent = 0,
                    X = 8,
                    Y = 10,
                    Width = cssWidth - 16,
                    Height = 40,
                    Visible = true,
                },
                new()
                {
                    Tag = "span",
                    Parent = 0,
                    X = 0,
                    Y = 0,
                    Width = 0,
                    Height = 0,
                    Visible = false,
                },
            ],
            LayoutText =
            [
                new()
                {
                    Text = $"Bakery {index}",
                    Element = 1,
                    X = 8,
                    Y = 12,
                    Width = 60,
                    Height = 36,
                },
            ],
        };

    private static byte[] Picture(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(0, 0, width, height / 5f, paint);
            canvas.DrawRect(width / 10f, height / 3f, width / 2f, height / 4f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(_server.Url, path));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_pages_viewports_their_images_and_their_boxes_are_served_by_id()
    {
        var views = await GetJsonAsync("/api/samples/page-001/viewports");
        Assert.Equal(["desktop", "phone"], views.EnumerateArray().Select(v => v.GetProperty("viewport").GetString()));
        Assert.Equal([640, 300], views.EnumerateArray().Select(v => v.GetProperty("width").GetInt32()));
        var sample = await GetJsonAsync("/api/samples/page-001");
        Assert.Equal(2, sample.GetProperty("viewports").GetArrayLength());

        var phoneImage = await _http.GetByteArrayAsync(
            new Uri(_server.Url, "/api/samples/page-001/image?viewport=phone")
        );
        using (var decoded = SKBitmap.Decode(phoneImage))
            Assert.Equal((300, 600), (decoded.Width, decoded.Height));

        var desktop = await GetJsonAsync("/api/samples/page-001/layout?viewport=desktop");
        Assert.Equal(2, desktop.GetProperty("scale").GetDouble());
        // Only elements that paint are drawn; the text block keeps its text.
        Assert.Equal(
            ["html", "h1"],
            desktop.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("tag").GetString())
        );
        Assert.Equal("Bakery 1", desktop.GetProperty("text")[0].GetProperty("text").GetString());
        var phone = await GetJsonAsync("/api/samples/page-001/layout?viewport=phone");
        Assert.Equal(3, phone.GetProperty("scale").GetDouble());
        Assert.Equal(84, phone.GetProperty("elements")[1].GetProperty("width").GetDouble());

        using var unknown = await _http.GetAsync(new Uri(_server.Url, "/api/samples/page-001/layout?viewport=watch"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var missing = await _http.GetAsync(new Uri(_server.Url, "/api/samples/page-404/viewports"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_detail_view_shows_the_viewports_side_by_side_and_draws_the_boxes_on_demand()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserLocator.Locate(null),
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            }
        );
        var page = await browser.NewPageAsync(
            new BrowserNewPageOptions
            {
                ViewportSize = new() { Width = 1400, Height = 900 },
            }
        );
        await page.GotoAsync(_server.Url.ToString());
        await page.Locator(".card").First.ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#viewports figure")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#layout-overlay rect")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("b");
        await Assertions.Expect(page.Locator("#layout-overlay rect.layout-element")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#layout-overlay rect.layout-text")).ToHaveCountAsync(1);
        Assert.Equal("0 0 320 200", await page.Locator("#layout-overlay").GetAttributeAsync("viewBox"));

        // The phone render: its image and its boxes, in its own CSS pixels.
        await page.Locator("#viewports figure").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator("#layout-overlay")).ToHaveAttributeAsync("viewBox", "0 0 100 200");
        Assert.EndsWith("viewport=phone", await page.Locator("#detail-image").GetAttributeAsync("src"));
        var screenshot = Path.Combine(Path.GetTempPath(), "websight-review-viewports.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
    }
}
