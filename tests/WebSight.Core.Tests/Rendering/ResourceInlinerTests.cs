using System.Text;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>What the document handed to the browser inlines, and what it leaves to the request routes.</summary>
public sealed class ResourceInlinerTests
{
    private const string Image = "https://source.unsplash.com/random/640x480/?coffee";
    private static readonly byte[] Css = ".p-4{padding:1rem}"u8.ToArray();
    private static readonly OfflineResources Resources = Shared.Resources();

    private static string Inline(string html) => ResourceInliner.Inline(html, Css, Resources);

    private static string ImageDataUri => Resources.ImageDataUri(Image)!;

    [Fact]
    public void The_websight_wrapper_link_becomes_a_style_element_with_the_served_rules()
    {
        var page = PageWrapper.Wrap("p-4", "<p>Hello</p>");
        var inlined = Inline(page);
        Assert.Equal(page.Replace(PageWrapper.TailwindLink, "<style>.p-4{padding:1rem}</style>"), inlined);
        Assert.DoesNotContain(PageWrapper.TailwindCdnUrl, inlined);
    }

    [Fact]
    public void A_placeholder_image_src_becomes_the_same_placeholder_as_a_data_uri()
    {
        var inlined = Inline($"<body><img class=\"w-full\" src=\"{Image}\" alt=\"cup\"></body>");
        Assert.Equal($"<body><img class=\"w-full\" src=\"{ImageDataUri}\" alt=\"cup\"></body>", inlined);
        var payload = ImageDataUri["data:image/svg+xml;base64,".Length..];
        Assert.Equal(Resources.ResolveImage(Image)!.Body, Convert.FromBase64String(payload));
    }

    [Theory]
    [InlineData("<img src='" + Image + "'>")]
    [InlineData("<img src=" + Image + ">")]
    [InlineData("<IMG SRC=\"" + Image + "\" />")]
    [InlineData("<img alt=\"a > b\" src=\"" + Image + "\">")]
    public void Quoting_case_and_a_greater_than_sign_in_another_attribute_do_not_stop_the_rewrite(string tag)
    {
        var inlined = Inline("<body>" + tag + "</body>");
        Assert.Contains($"=\"{ImageDataUri}\"", inlined);
        Assert.DoesNotContain(Image, inlined);
    }

    [Fact]
    public void An_entity_encoded_src_is_decoded_before_it_is_resolved()
    {
        var inlined = Inline("<img src=\"https://source.unsplash.com/random/640x480/?coffee&#x20;\">");
        Assert.Contains(ImageDataUri, inlined);
    }

    [Theory]
    [InlineData("<p>See " + Image + " for the photo.</p>")]
    [InlineData("<textarea><img src=\"" + Image + "\"></textarea>")]
    [InlineData("<!-- <img src=\"" + Image + "\"> -->")]
    [InlineData("<input value=\"" + Image + "\">")]
    [InlineData("<img srcset=\"" + Image + " 2x\">")]
    [InlineData("<div style=\"background-image:url(" + Image + ")\">x</div>")]
    [InlineData("<img src=\"https://example.com/cat.jpg\">")]
    [InlineData("<title><img src=\"" + Image + "\"></title>")]
    public void Visible_text_and_anything_but_a_placeholder_img_src_is_left_as_written(string html)
    {
        var page = PageWrapper.Wrap("p-4", html);
        var inlined = Inline(page);
        Assert.Equal(page.Replace(PageWrapper.TailwindLink, "<style>.p-4{padding:1rem}</style>"), inlined);
    }

    [Theory]
    [InlineData("<link href=\"" + PageWrapper.TailwindCdnUrl + "\" rel=\"stylesheet\" media=\"print\">")]
    [InlineData("<link href=\"" + PageWrapper.TailwindCdnUrl + "\" rel=\"stylesheet\" integrity=\"sha384-x\">")]
    [InlineData("<link href=\"" + PageWrapper.TailwindCdnUrl + "\" rel=\"preload\">")]
    [InlineData("<link href=\"https://example.com/site.css\" rel=\"stylesheet\">")]
    [InlineData("<style>@import url(" + PageWrapper.TailwindCdnUrl + ");</style>")]
    public void A_link_that_means_more_than_apply_these_rules_is_left_for_the_route(string link)
    {
        var page = "<html>" + link + "<body><p>Hello</p></body></html>";
        Assert.Equal(page, Inline(page));
    }

    [Theory]
    [InlineData("<a x=\" y=\"")]
    [InlineData("<a b ")]
    [InlineData("<img src=\"" + Image + "\" title=\"<img x ")]
    public void Markup_built_to_make_the_scan_slow_is_left_as_written(string unit)
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat(unit, 40_000)) + "</body></html>";
        Assert.Equal(page, Inline(page));
    }

    [Fact]
    public void A_page_with_nothing_to_inline_is_returned_as_the_same_string()
    {
        const string page = "<html><body><p>Nothing here loads anything.</p></body></html>";
        Assert.Same(page, Inline(page));
    }

    [Fact]
    public void Every_image_of_a_generated_page_is_inlined_and_nothing_else_changes()
    {
        var page = Shared.Generator.Generate(WebSight.Core.Foundation.SampleSpec.For(5, 3)).Html;
        var stylesheet = Resources.StylesheetFor(page);
        var inlined = ResourceInliner.Inline(page, stylesheet, Resources);
        Assert.DoesNotContain(ImageUrls.Host, inlined);
        Assert.DoesNotContain(PageWrapper.TailwindCdnUrl, inlined);
        var restored = inlined.Replace(
            "<style>" + Encoding.UTF8.GetString(stylesheet) + "</style>",
            PageWrapper.TailwindLink
        );
        foreach (var url in ImageUrlsIn(page))
            restored = restored.Replace(Resources.ImageDataUri(url)!, url);
        Assert.Equal(page, restored);
    }

    private static IEnumerable<string> ImageUrlsIn(string html) =>
        System
            .Text.RegularExpressions.Regex.Matches(html, "https://source\\.unsplash\\.com/[^\"]+")
            .Select(m => m.Value)
            .Distinct();
}
