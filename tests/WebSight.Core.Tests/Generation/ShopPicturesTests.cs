using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Tests.Generation;

/// <summary>A shop's product pictures depict what it sells: a winery's shelf is bottles, not headphones.</summary>
public sealed partial class ShopPicturesTests
{
    private static readonly Dictionary<string, ProductPainter.Kind> Expected = new()
    {
        ["winery"] = ProductPainter.Kind.Bottle,
        ["brewery"] = ProductPainter.Kind.Bottle,
        ["florist"] = ProductPainter.Kind.Bouquet,
        ["bookstore"] = ProductPainter.Kind.Book,
        ["furniture-store"] = ProductPainter.Kind.Seat,
        ["fashion-brand"] = ProductPainter.Kind.Garment,
    };

    [Fact]
    public void Every_product_picture_of_a_shop_names_an_object_and_the_main_goods_are_the_shops_own()
    {
        var generator = new TemplateGenerator(new TemplateGeneratorOptions { Archetypes = ["shop", "product"] });
        var kindsByTopic = new Dictionary<string, List<ProductPainter.Kind>>();
        for (var i = 0; i < 300; i++)
        {
            var page = generator.Generate(SampleSpec.For(61, i));
            foreach (Match url in ImageUrl().Matches(page.Html))
            {
                Assert.True(ImageUrls.TryParse(url.Value, out var request));
                var keyword = ImageKeyword.Parse(request.Keyword);
                if (keyword.Purpose != ImagePurpose.Product)
                    continue;
                var kind = ProductPainter.KindNamed(keyword);
                Assert.True(kind is not null, $"{page.Topic}: '{request.Keyword}' names no object");
                kindsByTopic.TryAdd(page.Topic, []);
                kindsByTopic[page.Topic].Add(kind.Value);
            }
        }

        foreach (var (topic, kind) in Expected)
        {
            Assert.True(kindsByTopic.TryGetValue(topic, out var kinds), $"no {topic} page among 300");
            var share = kinds.Count(k => k == kind) / (double)kinds.Count;
            Assert.True(share >= 0.7, $"{topic}: {share:P0} of {kinds.Count} pictures are {kind}");
        }
    }

    [GeneratedRegex(@"https://source\.unsplash\.com/random/\d+x\d+/\?[^""\s]+", RegexOptions.NonBacktracking)]
    private static partial Regex ImageUrl();
}
