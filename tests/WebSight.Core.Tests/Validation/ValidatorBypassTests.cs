using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

/// <summary>Every way found to get active content or a foreign fetch past the validator as a clean row.</summary>
public sealed class ValidatorBypassTests
{
    private const string Words =
        "<p class=\"p-4 text-gray-700\">We roast every Tuesday in our Alder Street shop and deliver by Thursday.</p>";

    private const string Evil = "http://evil.example";

    private static StepResult<ValidatedPage> Validate(string body, ValidationOptions? options = null) =>
        Shared
            .Validator(options)
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

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static TheoryData<string, string> Bypasses() =>
        new()
        {
            // Documents inside the page: srcdoc, declarative shadow DOM, data: frames and objects.
            { "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "script" },
            { $"<iframe srcdoc=\"<img src=&quot;{Evil}/a.png&quot;>\"></iframe>", "foreign_resource" },
            {
                $"<iframe srcdoc=\"<iframe srcdoc='<img src=&amp;quot;{Evil}/a.png&amp;quot;>'></iframe>\"></iframe>",
                "foreign_resource"
            },
            { "<div><template shadowrootmode=\"open\"><script>alert(1)</script></template></div>", "script" },
            {
                $"<div><template shadowrootmode=\"closed\"><img src=\"{Evil}/a.png\"></template></div>",
                "foreign_resource"
            },
            {
                "<div><template shadowrootmode=\"open\"><b onmouseover=\"x()\">hi</b></template></div>",
                "event_handler"
            },
            { "<iframe src=\"data:text/html,%3Cscript%3Ealert(1)%3C/script%3E\"></iframe>", "script" },
            {
                $"<iframe src=\"data:text/html;base64,{Base64($"<img src='{Evil}/a.png'>")}\"></iframe>",
                "foreign_resource"
            },
            {
                "<object data=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>\"></object>",
                "script"
            },
            {
                $"<embed src=\"data:image/svg+xml;base64,{Base64($"<svg xmlns='http://www.w3.org/2000/svg'><image href='{Evil}/a.png'/></svg>")}\">",
                "foreign_resource"
            },
            {
                "<object data=\"data:application/xhtml+xml,<x:script xmlns:x='http://www.w3.org/1999/xhtml'>alert(1)</x:script>\"></object>",
                "script"
            },
            {
                $"<iframe src=\"data:text/html;charset=utf-16;base64,{Convert.ToBase64String(Encoding.Unicode.GetBytes("<script>alert(1)</script>"))}\"></iframe>",
                "script"
            },
            { "<iframe src=\"da&#x0A;ta:text/html,<script>alert(1)</script>\"></iframe>", "script" },
            {
                $"<object data=\"data:image/svg+xml,<?xml-stylesheet href='{Evil}/a.css'?><svg xmlns='http://www.w3.org/2000/svg'/>\"></object>",
                "foreign_resource"
            },
            {
                $"<object data=\"data:image/svg+xml,<s:svg xmlns:s='http://www.w3.org/2000/svg'><s:rect fill='url({Evil}/p.svg#g)'/></s:svg>\"></object>",
                "foreign_resource"
            },
            // CSS the way CSS reads it: image-set strings, escapes, comments that are not comments.
            {
                $"<div class=\"h-8\" style=\"background-image:image-set('{Evil}/a.png' 1x)\"></div>",
                "foreign_resource"
            },
            {
                $"<div class=\"h-8\" style=\"background:-webkit-image-set(&quot;{Evil}/a.png&quot; 2x)\"></div>",
                "foreign_resource"
            },
            { $"<div class=\"h-8\" style=\"background:u\\72l({Evil}/a.png)\"></div>", "foreign_resource" },
            { $"<style>.a{{background:\\75 rl({Evil}/a.png)}}</style>", "foreign_resource" },
            { $"<style>.a{{background:url(http\\3a //evil.example/a.png)}}</style>", "foreign_resource" },
            { $"<style>@\\69mport '{Evil}/a.css';</style>", "foreign_resource" },
            { $"<style>@import '{Evil}/a.css';</style>", "foreign_resource" },
            {
                $"<style>.a{{content:\"/*\"}} .b{{background:url({Evil}/b.png)}} .c{{content:\"*/\"}}</style>",
                "foreign_resource"
            },
            // SVG references, and SMIL animations of them.
            { $"<svg><filter id=\"f\"><feImage href=\"{Evil}/a.png\"/></filter></svg>", "foreign_resource" },
            { $"<svg><filter id=\"f\"><feImage xlink:href=\"{Evil}/a.png\"/></filter></svg>", "foreign_resource" },
            { $"<svg><rect width=\"9\" height=\"9\" fill=\"url({Evil}/p.svg#g)\"/></svg>", "foreign_resource" },
            {
                $"<svg><image href=\"#\"><set attributeName=\"href\" to=\"{Evil}/a.png\"/></image></svg>",
                "foreign_resource"
            },
            { $"<link rel=\"preload\" as=\"image\" imagesrcset=\"{Evil}/a.png 1x\">", "foreign_resource" },
            // Navigation without script.
            { $"<meta http-equiv=\"refresh\" content=\"0;url={Evil}/\">", "meta_refresh" },
            { "<meta http-equiv=\" Refresh \" content=\"5\">", "meta_refresh" },
            // javascript: as the browser's URL parser reads it.
            { "<a class=\"p-2\" href=\"java&#x09;script:alert(1)\">Go</a>", "javascript_url" },
            { "<a class=\"p-2\" href=\"java\nscript:alert(1)\">Go</a>", "javascript_url" },
            { "<a class=\"p-2\" href=\"&#x01; javascript:alert(1)\">Go</a>", "javascript_url" },
            { "<a class=\"p-2\" href=\"&#106;avascript:alert(1)\">Go</a>", "javascript_url" },
            {
                "<svg><a><animate attributeName=\"href\" values=\"#;javascript:alert(1)\"/></a></svg>",
                "javascript_url"
            },
        };

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void A_bypass_is_rejected_with_the_reason_of_what_it_hides(string fragment, string reason)
    {
        var result = Validate(fragment);
        Assert.Equal(reason, result.Refusal?.Reason.Code());
    }

    [Fact]
    public void A_meta_refresh_is_rejected_even_when_scripts_are_allowed_because_it_needs_none()
    {
        var result = Validate(
            $"<meta http-equiv=\"refresh\" content=\"0;url={Evil}/\">",
            new() { AllowScripts = true }
        );
        Assert.Equal(RejectReason.MetaRefresh, result.Refusal?.Reason);
        Assert.Contains(Evil, result.Refusal?.Detail);
    }

    [Fact]
    public void Documents_embedded_deeper_than_the_limit_are_rejected_as_too_deep()
    {
        var inner = "<p>x</p>";
        for (var level = 0; level <= EmbeddedDocuments.MaxDepth; level++)
            inner = $"<iframe src=\"data:text/html;base64,{Base64(inner)}\"></iframe>";
        var result = Validate(inner);
        Assert.Equal(RejectReason.TooDeep, result.Refusal?.Reason);
        Assert.StartsWith("documents embedded over 3 deep", result.Refusal?.Detail);
    }

    [Fact]
    public void Harmless_lookalikes_pass()
    {
        var result = Validate(
            "<img class=\"w-8\" alt=\"dot\" srcset=\"data:image/gif;base64,R0lGODlhAQABAAAAACw= 1x, "
                + "https://source.unsplash.com/random/10x10/?a 2x\">"
                + "<iframe srcdoc=\"<p>A quiet inner page</p>\"></iframe>"
                + "<iframe src=\"data:text/plain,<script>shown as text</script>\"></iframe>"
                + "<svg><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"9\" height=\"9\"/></svg>"
                + "<div class=\"h-8\" style=\"background:url('https://source.unsplash.com/random/10x10/?b')\"></div>"
                + "<a class=\"underline\" href=\"https://example.org/javascript:not-a-scheme\">Read about scripts</a>"
        );
        Assert.True(result.Passed, result.Refusal?.Detail);
    }
}
