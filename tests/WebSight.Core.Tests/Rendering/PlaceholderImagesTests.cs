using System.Text;
using System.Xml.Linq;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Tests.Rendering;

/// <summary>What a placeholder is made of: a small self-contained SVG that depicts its purpose, one per URL.</summary>
public sealed class PlaceholderImagesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(int width, int height, string keyword) =>
        XElement.Parse(Encoding.UTF8.GetString(PlaceholderImages.Render(new ImageRequest(width, height, keyword))));

    public static TheoryData<string> Purposes() => [.. Enum.GetNames<ImagePurpose>().Select(p => p.ToLowerInvariant())];

    [Theory]
    [MemberData(nameof(Purposes))]
    public void Every_purpose_draws_a_small_self_contained_svg_of_the_requested_size(string purpose)
    {
        foreach (var (width, height) in new[] { (200, 200), (1600, 600), (600, 900) })
        {
            for (var variant = 1; variant <= 20; variant++)
            {
                var bytes = PlaceholderImages.Render(new ImageRequest(width, height, $"{purpose},x,{variant}"));
                Assert.True(bytes.Length < 6 * 1024, $"{purpose} {variant} is {bytes.Length} bytes");
                var svg = XElement.Parse(Encoding.UTF8.GetString(bytes));
                Assert.Equal(Svg + "svg", svg.Name);
                Assert.Equal(width.ToString(), svg.Attribute("width")?.Value);
                Assert.Equal(height.ToString(), svg.Attribute("height")?.Value);
                Assert.True(svg.Descendants().Count() >= 3, $"{purpose} {variant} draws almost nothing");
                var text = svg.ToString();
                Assert.DoesNotContain("href", text);
                Assert.DoesNotContain("script", text);
                Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", ""));
            }
        }
    }

    [Fact]
    public void A_portrait_is_a_head_ellipse_above_a_shoulders_path_not_a_landscape()
    {
        for (var variant = 1; variant <= 20; variant++)
        {
            var svg = Draw(300, 300, $"portrait,chef,{variant}");
            var head = svg.Descendants(Svg + "ellipse").Where(e => (string?)e.Attribute("cx") == "50");
            Assert.Contains(head, e => (string?)e.Attribute("cy") == "42");
            Assert.Contains(svg.Descendants(Svg + "path"), p => ((string?)p.Attribute("d") ?? "").Contains(" 100C"));
            Assert.DoesNotContain(svg.Descendants(Svg + "polygon"), p => ((string?)p.Attribute("points"))?.Length > 40);
        }
    }

    [Fact]
    public void Purposes_are_told_apart_by_what_they_draw()
    {
        Assert.Contains("<pattern", Draw(640, 480, "building,office,1").ToString());
        Assert.Contains(
            Draw(640, 480, "chart,pie,1").Descendants(Svg + "path"),
            p => ((string?)p.Attribute("d"))!.Contains('A')
        );
        Assert.NotEmpty(Draw(400, 400, "pizza").Descendants(Svg + "circle"));
        Assert.NotEqual(Draw(400, 400, "portrait,x,1").ToString(), Draw(400, 400, "product,x,1").ToString());
    }

    [Fact]
    public void The_same_url_gives_the_same_bytes_and_another_variant_another_picture()
    {
        var first = PlaceholderImages.Render(new ImageRequest(400, 400, "portrait,chef,1"));
        Assert.Equal(first, PlaceholderImages.Render(new ImageRequest(400, 400, "portrait,chef,1")));
        var variants = Enumerable
            .Range(1, 10)
            .Select(v =>
                Convert.ToBase64String(PlaceholderImages.Render(new ImageRequest(400, 400, $"portrait,chef,{v}")))
            )
            .ToHashSet();
        Assert.Equal(10, variants.Count);
    }

    [Fact]
    public void Variants_of_a_purpose_differ_in_colour_not_only_in_a_number()
    {
        var fills = Enumerable
            .Range(1, 10)
            .Select(v =>
                string.Join(
                    ',',
                    Draw(400, 400, $"food,x,{v}").Descendants().Select(e => (string?)e.Attribute("fill")).Take(2)
                )
            )
            .ToHashSet();
        Assert.True(fills.Count >= 4, $"only {fills.Count} distinct backgrounds in 10 variants");
    }
}
