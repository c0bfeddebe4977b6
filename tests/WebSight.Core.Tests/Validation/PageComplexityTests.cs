using AngleSharp.Html.Parser;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

public sealed class PageComplexityTests
{
    [Fact]
    public void Elements_depth_tags_visible_text_and_images_are_counted_on_the_parsed_document()
    {
        const string html =
            "<html><head><title>Hidden title</title><style>p{}</style></head><body>"
            + "<div><p> Hello  </p><p>world<img src=\"a.png\"></p></div>"
            + "<section hidden><p>not shown</p></section><img src=\"b.png\"><script>var x;</script></body></html>";
        var document = new HtmlParser().ParseDocument(html);

        var complexity = PageComplexity.Measure(document);

        // html, head, title, style, body, div, p, p, img, section, p, img, script
        Assert.Equal(13, complexity.Elements);
        Assert.Equal(5, complexity.Depth); // html > body > div > p > img
        Assert.Equal(10, complexity.DistinctTags); // p and img repeat
        Assert.Equal("Hello".Length + "world".Length, complexity.TextLength);
        Assert.Equal(2, complexity.Images);
    }

    [Fact]
    public void The_validator_puts_the_complexity_into_the_accepted_page_metrics()
    {
        var page = Support.Shared.Generator.Generate(Core.Foundation.SampleSpec.For(1, 0));
        var metrics = Support.Shared.Validator().Validate(page).Value!.Metrics;
        Assert.True(metrics.Complexity.Elements > 20, $"{metrics.Complexity}");
        Assert.True(metrics.Complexity.Depth >= 4 && metrics.Complexity.DistinctTags >= 5);
        Assert.True(metrics.Complexity.TextLength > 100);
    }
}
