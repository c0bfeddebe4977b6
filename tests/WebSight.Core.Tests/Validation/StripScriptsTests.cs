using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

/// <summary>--strip-scripts strips everywhere the validator looks, keeps everything else, and says what it removed.</summary>
public sealed class StripScriptsTests
{
    private const string Words =
        "<p class=\"p-4 text-gray-700\">We roast every Tuesday in our Alder Street shop and deliver by Thursday.</p>";

    private static ValidatedPage Strip(string body)
    {
        var result = Shared
            .Validator(new ValidationOptions { StripScripts = true })
            .Validate(
                new GeneratedPage(
                    SampleSpec.For(0, 0),
                    PageWrapper.Wrap("bg-white", Words + body),
                    "idea",
                    "test",
                    "test",
                    []
                )
            );
        Assert.True(result.Passed, result.Refusal?.Detail);
        return result.Value!;
    }

    /// <summary>The stripped page must pass the checks again, without stripping: nothing was left behind.</summary>
    private static void AssertClean(ValidatedPage page)
    {
        var again = Shared.Validator().Validate(page.Page);
        Assert.True(again.Passed, again.Refusal?.Detail);
    }

    [Fact]
    public void Scripts_inside_a_srcdoc_are_stripped_and_the_inner_page_kept()
    {
        var page = Strip("<iframe srcdoc=\"<p>Inner words</p><script>alert(1)</script>\"></iframe>");
        AssertClean(page);
        Assert.Contains("Inner words", page.Page.Html);
        Assert.DoesNotContain("alert", page.Page.Html);
        Assert.Equal("1 script", page.Stripped.ToString());
    }

    [Fact]
    public void Scripts_inside_a_data_frame_are_stripped_and_the_frame_rewritten()
    {
        var markup = "<p>Inner words</p><script>alert(1)</script><a href=\"java\nscript:x()\">go</a>";
        var page = Strip(
            $"<iframe src=\"data:text/html;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(markup))}\"></iframe>"
        );
        AssertClean(page);
        var src = Assert.Single(DataUrlsIn(page.Page.Html));
        Assert.True(DataUrls.TryReadDocument(src, out var type, out var inner));
        Assert.Equal("text/html", type);
        Assert.Contains("Inner words", inner);
        Assert.DoesNotContain("<script", inner);
        Assert.DoesNotContain("script:", inner);
        Assert.Equal("1 script, 1 javascript_url", page.Stripped.ToString());
    }

    [Fact]
    public void A_javascript_url_hidden_by_a_newline_or_a_character_reference_is_stripped()
    {
        var page = Strip(
            "<a class=\"p-2\" href=\"java\nscript:x()\">One</a><a class=\"p-2\" href=\"java&#x09;script:y()\">Two</a>"
        );
        AssertClean(page);
        Assert.DoesNotContain("script:", page.Page.Html);
        Assert.Equal(2, page.Stripped.Counts[RejectReason.JavascriptUrl]);
    }

    [Fact]
    public void Shadow_dom_content_survives_stripping_and_only_its_script_goes()
    {
        var page = Strip(
            "<div class=\"p-2\"><template shadowrootmode=\"open\"><p>Shadow words kept</p><script>x()</script>"
                + "<span><template shadowrootmode=\"closed\"><b>Nested shadow</b></template></span></template>Light</div>"
        );
        AssertClean(page);
        Assert.Contains(
            "<template shadowrootmode=\"open\"><p>Shadow words kept</p><span><template shadowrootmode=\"closed\"><b>Nested shadow</b></template></span></template>Light",
            page.Page.Html
        );
        Assert.Equal("1 script", page.Stripped.ToString());
    }

    [Fact]
    public void A_meta_refresh_is_stripped_and_counted()
    {
        var page = Strip("<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">");
        AssertClean(page);
        Assert.DoesNotContain("refresh", page.Page.Html);
        Assert.Equal("1 meta_refresh", page.Stripped.ToString());
    }

    [Fact]
    public void A_page_with_nothing_to_strip_is_kept_byte_for_byte_and_says_so()
    {
        var html = PageWrapper.Wrap("bg-white", Words);
        var result = Shared
            .Validator(new ValidationOptions { StripScripts = true })
            .Validate(new GeneratedPage(SampleSpec.For(0, 0), html, "idea", "test", "test", []));
        Assert.Equal(html, result.Value?.Page.Html);
        Assert.Equal(0, result.Value!.Stripped.Total);
        Assert.Equal("", result.Value.Stripped.ToString());
    }

    private static List<string> DataUrlsIn(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument(html);
        return document.QuerySelectorAll("iframe").Select(f => f.GetAttribute("src")!).ToList();
    }
}
