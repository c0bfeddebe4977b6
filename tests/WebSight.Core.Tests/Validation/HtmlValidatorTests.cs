using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

public sealed class HtmlValidatorTests
{
    private const string GoodBody =
        "<nav class=\"flex items-center justify-between p-6 bg-white\"><a href=\"#\" class=\"text-xl font-bold\">Ember and Oak</a></nav>"
        + "<section class=\"px-6 py-16 text-center\"><h1 class=\"text-4xl font-extrabold text-gray-900\">Small-batch roasts for slow mornings</h1>"
        + "<p class=\"mt-4 text-gray-600\">We roast every Tuesday in our Alder Street shop and deliver across the city by Thursday.</p>"
        + "<img src=\"https://source.unsplash.com/random/800x600/?coffee\" alt=\"Coffee\" class=\"mx-auto mt-8 rounded-lg\"></section>";

    private static GeneratedPage Page(string body, string? wrapped = null) =>
        new(
            SampleSpec.For(0, 0),
            wrapped ?? PageWrapper.Wrap("font-sans bg-white", body),
            "idea",
            "test",
            "test",
            [],
            null
        );

    private static StepResult<ValidatedPage> Validate(string body, ValidationOptions? options = null) =>
        Shared.Validator(options).Validate(Page(body));

    [Fact]
    public void A_clean_page_is_accepted_with_its_metrics()
    {
        var result = Validate(GoodBody);
        Assert.True(result.Passed, result.Refusal?.Detail);
        Assert.True(result.Value!.Metrics.VisibleWords >= 20);
        Assert.Equal(0, result.Value!.Metrics.UnknownClassTokens);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_rejected_as_too_large()
    {
        var body =
            GoodBody + "<p class=\"p-4\">" + string.Concat(Enumerable.Repeat("Fresh bread daily. ", 4000)) + "</p>";
        var result = Validate(body, new ValidationOptions { MaxHtmlBytes = 32 * 1024 });
        Assert.Equal(RejectReason.TooLarge, result.Refusal?.Reason);
    }

    [Fact]
    public void A_page_without_a_body_or_with_two_is_rejected_for_body_count()
    {
        var none = Shared
            .Validator()
            .Validate(
                Page(
                    "",
                    "<html><div class=\"p-4\">Words enough to pass the visible word rule for sure here ok</div></html>"
                )
            );
        Assert.Equal(RejectReason.BodyCount, none.Refusal?.Reason);
        var two = Validate(GoodBody + "</body><body class=\"p-4\">" + GoodBody);
        Assert.Equal(RejectReason.BodyCount, two.Refusal?.Reason);
        Assert.Contains("2 <body>", two.Refusal?.Detail);
    }

    [Fact]
    public void Lorem_ipsum_is_rejected()
    {
        var result = Validate(
            GoodBody + "<p class=\"mt-2\">Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>"
        );
        Assert.Equal(RejectReason.LoremIpsum, result.Refusal?.Reason);
    }

    [Fact]
    public void Markup_with_parse_errors_over_the_threshold_is_rejected()
    {
        var broken = string.Concat(Enumerable.Repeat("<p class=\"p-2\" class=\"p-2\">x</b></i>", 30));
        var result = Validate(GoodBody + broken);
        Assert.Equal(RejectReason.ParseErrors, result.Refusal?.Reason);
        Assert.Equal("over 20 parse errors, limit 20", result.Refusal?.Detail);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "script")]
    [InlineData("<script src=\"https://cdn.jsdelivr.net/x.js\"></script>", "script")]
    [InlineData("<button class=\"p-2\" onclick=\"steal()\">Buy</button>", "event_handler")]
    [InlineData("<img src=\"https://source.unsplash.com/random/10x10/?a\" onerror=\"x()\" alt=\"a\">", "event_handler")]
    [InlineData("<a class=\"p-2\" href=\"javascript:alert(1)\">Go</a>", "javascript_url")]
    [InlineData("<a class=\"p-2\" href=\" JaVaScRiPt:alert(1)\">Go</a>", "javascript_url")]
    public void Active_content_is_rejected_with_its_reason(string fragment, string reason)
    {
        var result = Validate(GoodBody + fragment);
        Assert.Equal(reason, result.Refusal?.Reason.Code());
    }

    [Fact]
    public void Active_content_is_stripped_instead_when_asked_and_the_page_accepted()
    {
        var result = Validate(
            GoodBody
                + "<script>alert(1)</script><a class=\"p-2\" href=\"javascript:x()\" onclick=\"y()\">Go on then</a>",
            new ValidationOptions { StripScripts = true }
        );
        Assert.True(result.Passed, result.Refusal?.Detail);
        Assert.DoesNotContain("<script", result.Value!.Page.Html);
        Assert.DoesNotContain("onclick", result.Value!.Page.Html);
        Assert.DoesNotContain("javascript:", result.Value!.Page.Html);
        Assert.StartsWith("<html>\n<link href=\"" + PageWrapper.TailwindCdnUrl, result.Value!.Page.Html);
        Assert.Contains("Small-batch roasts", result.Value!.Page.Html);
    }

    [Theory]
    [InlineData("<img src=\"https://evil.example/track.png\" alt=\"x\">", "foreign_resource")]
    [InlineData(
        "<img srcset=\"https://source.unsplash.com/random/10x10/?a 1x, https://evil.example/b.png 2x\" alt=\"x\">",
        "foreign_resource"
    )]
    [InlineData("<div class=\"p-2\" style=\"background:url(https://evil.example/bg.png)\">x</div>", "foreign_resource")]
    [InlineData("<style>@import url(https://fonts.example/css);</style>", "foreign_resource")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "foreign_resource")]
    [InlineData("<img src=\"images/logo.png\" alt=\"logo\">", "local_resource")]
    [InlineData("<img src=\"file:///etc/passwd\" alt=\"x\">", "local_resource")]
    [InlineData("<video poster=\"/poster.jpg\"></video>", "local_resource")]
    public void Resources_from_hosts_other_than_the_served_ones_are_rejected(string fragment, string reason)
    {
        var result = Validate(GoodBody + fragment);
        Assert.Equal(reason, result.Refusal?.Reason.Code());
    }

    [Fact]
    public void A_stylesheet_other_than_the_served_tailwind_is_rejected()
    {
        var html =
            "<html>\n<link href=\"https://cdn.jsdelivr.net/npm/bootstrap@5/dist/css/bootstrap.min.css\" rel=\"stylesheet\">\n<body>"
            + GoodBody
            + "</body>\n</html>";
        var result = Shared.Validator().Validate(Page("", html));
        Assert.Equal(RejectReason.ForeignResource, result.Refusal?.Reason);
        Assert.Contains("bootstrap", result.Refusal?.Detail);
    }

    [Fact]
    public void Links_to_other_sites_and_data_images_are_not_resources_and_pass()
    {
        var result = Validate(
            GoodBody
                + "<a class=\"underline\" href=\"https://example.org/about\">About us</a>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"dot\">"
        );
        Assert.True(result.Passed, result.Refusal?.Detail);
    }

    [Fact]
    public void A_page_with_fewer_than_ten_visible_words_is_rejected()
    {
        var result = Validate(
            "<div class=\"p-4\">Only five words are here</div><style>.a{color:red} one two three four five six</style>"
        );
        Assert.Equal(RejectReason.TooFewWords, result.Refusal?.Reason);
        Assert.StartsWith("5 visible words", result.Refusal?.Detail);
    }

    [Fact]
    public void Classes_unknown_to_tailwind_2_over_the_threshold_are_rejected()
    {
        var body =
            "<div class=\"grid grid-cols-[200px_1fr] gap-x-huge backdrop-blur-xl2 p-4 shadow-3xl\">"
            + "These words make the page long enough to be judged on its classes alone.</div>";
        var result = Validate(body);
        Assert.Equal(RejectReason.UnknownClasses, result.Refusal?.Reason);
        // Six on the div plus the two on <body>; four of them are Tailwind 3 or made up.
        Assert.StartsWith("4 of 8 class tokens", result.Refusal?.Detail);
    }

    [Fact]
    public void A_page_with_more_elements_than_the_limit_is_rejected_before_it_reaches_a_browser()
    {
        var body = GoodBody + string.Concat(Enumerable.Repeat("<span class=\"p-1\">w</span>", 200));
        Assert.True(Validate(body).Passed);
        var result = Validate(body, new ValidationOptions { MaxElements = 150 });
        Assert.Equal(RejectReason.TooManyElements, result.Refusal?.Reason);
        Assert.Contains("limit 150", result.Refusal?.Detail);
    }

    [Fact]
    public void Bad_thresholds_fail_at_start_up_naming_the_flag()
    {
        var error = Assert.Throws<OptionsException>(() =>
            Shared.Validator(new ValidationOptions { MaxUnknownClassShare = 2 })
        );
        Assert.Equal("--max-unknown-class-share", error.Option);
    }
}
