using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Archetypes;
using WebSight.Core.Generation.Profiles;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Styling;

/// <summary>
/// <c>--styling css</c> against the Tailwind page it came from: both rendered offline as the pipeline renders them
/// (JavaScript off, the Tailwind page with its profile's CSS in place, the css page with nothing added), decoded and
/// compared pixel by pixel, for a template page of every archetype under 2.2.19 and for pages under 3 and 4.
/// </summary>
public sealed class CssStylingPixelTests : IAsyncLifetime
{
    private static readonly string[] Archetypes =
    [
        "landing",
        "settings",
        "blog-article",
        "blog-index",
        "coming-soon",
        "dashboard",
        "docs",
        "event",
        "jobs",
        "newsletter",
        "portfolio",
        "pricing",
        "product",
        "menu",
        "shop",
        "sign-in",
    ];

    private PixelBrowser _browser = null!;

    public async Task InitializeAsync() => _browser = await PixelBrowser.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public static TheoryData<int, string, int> Pages()
    {
        var data = new TheoryData<int, string, int>();
        foreach (var archetype in Archetypes)
            data.Add(2, archetype, 3);
        foreach (var archetype in (string[])["landing", "dashboard", "pricing", "sign-in"])
        {
            data.Add(3, archetype, 5);
            data.Add(4, archetype, 5);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_css_page_renders_to_the_pixels_of_its_tailwind_page(int version, string archetype, int index)
    {
        var profile = TailwindProfile.For(version);
        var page = TemplatePage(profile, archetype, index);
        using var styling = new StylingStage(profile, Shared.Rules);
        var css = styling.Convert(page).Html;
        Assert.DoesNotContain("tailwind", css, StringComparison.OrdinalIgnoreCase);
        var tailwindShot = await _browser.ScreenshotAsync(TailwindDocument(profile, page.Html));
        var cssShot = await _browser.ScreenshotAsync(CssDocument(css));
        var difference = PixelDifference.Of(tailwindShot, cssShot);
        PixelBrowser.Save(
            $"tw{version}-{archetype}",
            ("-tailwind.png", tailwindShot),
            ("-css.png", cssShot),
            (".html", System.Text.Encoding.UTF8.GetBytes(css))
        );
        Assert.True(difference.Identical, $"{archetype} under {version}: {difference}");
    }

    [Fact]
    public async Task A_css_page_without_its_media_queries_renders_differently()
    {
        var profile = TailwindProfile.V2;
        var page = TemplatePage(profile, "landing", 3);
        using var styling = new StylingStage(profile, Shared.Rules);
        var css = CssConverter.Convert(
            page.Html,
            page.Sections,
            classes => WithoutMediaQueries(styling.CssFor(classes))
        );
        var tailwindShot = await _browser.ScreenshotAsync(TailwindDocument(profile, page.Html));
        var cssShot = await _browser.ScreenshotAsync(CssDocument(css));
        Assert.False(PixelDifference.Of(tailwindShot, cssShot).Identical);
    }

    internal static GeneratedPage TemplatePage(TailwindProfile profile, string archetype, int index)
    {
        var generator = new TemplateGenerator(new TemplateGeneratorOptions { Archetypes = [archetype] });
        var page = generator.Generate(SampleSpec.For(11, index));
        var html = profile.Compiled ? TailwindIdioms.Apply(page.Html, profile) : page.Html;
        return page with { Html = ProfiledPages.WithHead(html, profile) };
    }

    /// <summary>The sheet with every @media block removed: the rewrite that drops responsive rules.</summary>
    private static string WithoutMediaQueries(string css) =>
        CssWriter.Write(
            CssTree.Parse(css).Where(n => n is not CssAtRule { Prelude: var p } || !p.StartsWith("@media"))
        );

    private static string TailwindDocument(TailwindProfile profile, string html)
    {
        using var styles = new PageStyles(
            new OfflineResources(Shared.Rules, Shared.Tailwind.Bytes, false, profile: profile)
        );
        return styles.Document(html, styles.StylesheetFor(html), Shared.Resources(), new RenderOptions());
    }

    private static string CssDocument(string html)
    {
        using var styles = new PageStyles(Shared.Resources(), plainCss: true);
        return styles.Document(
            html,
            styles.StylesheetFor(html),
            Shared.Resources(),
            new RenderOptions { Styling = PageStyling.Css }
        );
    }
}

/// <summary>How two decoded screenshots differ: size, pixels that differ, mean and largest channel difference.</summary>
internal sealed record PixelDifference(bool SameSize, int DifferentPixels, double Mean, int Max, string Where = "")
{
    public bool Identical => SameSize && DifferentPixels == 0;

    public static PixelDifference Of(byte[] a, byte[] b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        if (first.Width != second.Width || first.Height != second.Height)
            return new PixelDifference(false, -1, double.PositiveInfinity, 255);
        long sum = 0;
        var max = 0;
        var different = 0;
        int left = int.MaxValue,
            top = int.MaxValue,
            right = -1,
            bottom = -1;
        for (var y = 0; y < first.Height; y++)
        {
            for (var x = 0; x < first.Width; x++)
            {
                var p = first.GetPixel(x, y);
                var q = second.GetPixel(x, y);
                var d = Math.Max(
                    Math.Abs(p.Red - q.Red),
                    Math.Max(Math.Abs(p.Green - q.Green), Math.Abs(p.Blue - q.Blue))
                );
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
                max = Math.Max(max, d);
                if (d == 0)
                    continue;
                different++;
                (left, top, right, bottom) = (
                    Math.Min(left, x),
                    Math.Min(top, y),
                    Math.Max(right, x),
                    Math.Max(bottom, y)
                );
            }
        }
        return new PixelDifference(
            true,
            different,
            sum / (3.0 * first.Width * first.Height),
            max,
            $"x {left}-{right}, y {top}-{bottom}"
        );
    }

    public override string ToString() =>
        SameSize
            ? $"{DifferentPixels} pixels differ ({Where}), mean {Mean:F4}, max {Max}"
            : "the screenshots differ in size";
}
