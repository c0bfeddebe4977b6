using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Locales;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>
/// No glyph of any language's pages renders as a box: every distinct character of a locale's generated pages is drawn
/// by real Chromium in a cell of its own, in each of Tailwind's three font stacks and under the page's lang, next to a
/// character no font has (U+10FFFD, which always draws the primary font's .notdef box). A cell that draws exactly
/// that box is tofu. The same check under a fontconfig that knows only DejaVu must find tofu, so it can fail.
/// </summary>
public sealed class GlyphCoverageTests : IAsyncLifetime
{
    private const int Cell = 36;
    private const int Columns = 30;

    private static readonly string[] Stacks =
    [
        "ui-sans-serif, system-ui, -apple-system, BlinkMacSystemFont, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif",
        "ui-serif, Georgia, Cambria, \"Times New Roman\", Times, serif",
        "ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, \"Liberation Mono\", \"Courier New\", monospace",
    ];

    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_character_of_every_language_has_a_glyph_in_every_font_stack()
    {
        await using var browser = await LaunchAsync(fontconfig: null);
        foreach (var code in LocaleSet.Supported)
        {
            var characters = Characters(code, 40);
            var tofu = await TofuAsync(browser, code, characters);
            Assert.True(
                tofu.Count == 0,
                $"{code}: {tofu.Count} of {characters.Count} characters draw as boxes: {string.Concat(tofu.Take(40))}"
            );
        }
    }

    [Fact]
    public async Task Without_a_cjk_font_the_check_finds_the_boxes()
    {
        using var directory = new TempDirectory();
        var config = Path.Combine(directory.Path, "fonts.conf");
        await File.WriteAllTextAsync(
            config,
            "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                + "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                + $"<cachedir>{directory.Path}/cache</cachedir></fontconfig>"
        );
        await using var browser = await LaunchAsync(config);
        var characters = Characters("ja", 10);
        var tofu = await TofuAsync(browser, "ja", characters);
        var kana = characters.Count(c => c.Length == 1 && c[0] is >= '\u3040' and <= '\u30ff');
        Assert.True(kana > 20, $"only {kana} kana on ten Japanese pages");
        Assert.True(
            tofu.Count >= kana,
            $"DejaVu alone drew {characters.Count - tofu.Count} of {characters.Count} Japanese characters"
        );
    }

    private Task<IBrowser> LaunchAsync(string? fontconfig) =>
        _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Shared.Browser,
                Args = ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--font-render-hinting=none"],
                Env = fontconfig is null ? null : new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fontconfig },
            }
        );

    /// <summary>The distinct visible characters (text elements) of a locale's first pages, whitespace left out.</summary>
    private static List<string> Characters(string code, int pages)
    {
        var generator = new TemplateGenerator(new() { Locales = [code] });
        var parser = new HtmlParser();
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages; i++)
        {
            var text = parser.ParseDocument(generator.Generate(SampleSpec.For(81, i)).Html).Body!.TextContent;
            var elements = StringInfo.GetTextElementEnumerator(text);
            while (elements.MoveNext())
                if (!string.IsNullOrWhiteSpace(elements.GetTextElement()))
                    seen.Add(elements.GetTextElement());
        }
        return [.. seen];
    }

    /// <summary>The characters whose cell, in any stack, is pixel for pixel the .notdef cell of that stack.</summary>
    private static async Task<List<string>> TofuAsync(IBrowser browser, string code, List<string> characters)
    {
        var page = await browser.NewPageAsync(
            new()
            {
                ViewportSize = new() { Width = Columns * Cell, Height = 600 },
            }
        );
        var html = new StringBuilder($"<html lang=\"{code}\"><body style=\"margin:0;background:#fff;color:#000\">");
        foreach (var stack in Stacks)
        {
            html.Append($"<div style=\"display:flex;flex-wrap:wrap;font:24px/{Cell}px {stack.Replace("\"", "'")}\">");
            foreach (var character in characters.Prepend("\U0010FFFD"))
                html.Append(
                        $"<span style=\"display:block;width:{Cell}px;height:{Cell}px;overflow:hidden;text-align:center\">"
                    )
                    .Append(System.Net.WebUtility.HtmlEncode(character))
                    .Append("</span>");
            html.Append("</div>");
        }
        await page.SetContentAsync(html.Append("</body></html>").ToString());
        var png = await page.ScreenshotAsync(new() { FullPage = true, Type = ScreenshotType.Png });
        await page.CloseAsync();
        using var bitmap = SKBitmap.Decode(png);
        var rows = (characters.Count + 1 + Columns - 1) / Columns;
        var tofu = new List<string>();
        for (var s = 0; s < Stacks.Length; s++)
        {
            var top = s * rows * Cell;
            for (var i = 1; i <= characters.Count; i++)
            {
                var x = i % Columns * Cell;
                var y = top + i / Columns * Cell;
                if (SameCell(bitmap, 0, top, x, y) && !tofu.Contains(characters[i - 1]))
                    tofu.Add(characters[i - 1]);
            }
        }
        return tofu;
    }

    private static bool SameCell(SKBitmap bitmap, int x1, int y1, int x2, int y2)
    {
        for (var dy = 0; dy < Cell; dy++)
        for (var dx = 0; dx < Cell; dx++)
            if (bitmap.GetPixel(x1 + dx, y1 + dy) != bitmap.GetPixel(x2 + dx, y2 + dy))
                return false;
        return true;
    }
}
