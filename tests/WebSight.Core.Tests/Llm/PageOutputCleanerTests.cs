using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;

namespace WebSight.Core.Tests.Llm;

public sealed class PageOutputCleanerTests
{
    private const string Body = "<body class=\"bg-white\">\n<h1 class=\"text-2xl\">Crumb Bakery</h1>\n</body>";

    [Fact]
    public void A_bare_body_is_wrapped_exactly_like_template_pages()
    {
        var cleaned = PageOutputCleaner.Clean(Body, "stop");
        Assert.Equal(PageWrapper.Wrap("bg-white", "<h1 class=\"text-2xl\">Crumb Bakery</h1>"), cleaned.Value);
    }

    [Fact]
    public void Fences_prose_doctype_and_head_around_the_body_are_dropped()
    {
        var text =
            "Here it is:\n```html\n<!DOCTYPE html>\n<html lang=\"en\">\n<head><script src=\"https://cdn.tailwindcss.com\"></script></head>\n"
            + Body
            + "\n</html>\n```\nHope this helps!";
        Assert.Equal(PageOutputCleaner.Clean(Body, "stop").Value, PageOutputCleaner.Clean(text, "stop").Value);
    }

    [Fact]
    public void An_unclosed_fence_is_read_to_the_end_and_then_needs_its_closing_body()
    {
        Assert.NotNull(PageOutputCleaner.Clean("```html\n" + Body, "stop").Value);
        Assert.Equal(
            RejectReason.LlmTruncated,
            PageOutputCleaner.Clean("```html\n" + Body[..40], "stop").Refusal?.Reason
        );
    }

    [Theory]
    [InlineData("length", "llm_truncated")]
    [InlineData("content_filter", "content_filtered")]
    public void The_finish_reason_decides_first(string finishReason, string reason) =>
        Assert.Equal(reason, PageOutputCleaner.Clean(Body, finishReason).Refusal!.Reason.Code());

    [Fact]
    public void No_body_two_bodies_or_an_empty_body_are_unusable()
    {
        Assert.Equal(
            RejectReason.LlmOutputUnusable,
            PageOutputCleaner.Clean("<div>no body here</div>", "stop").Refusal?.Reason
        );
        Assert.Equal(RejectReason.LlmOutputUnusable, PageOutputCleaner.Clean(Body + Body, "stop").Refusal?.Reason);
        Assert.Equal(
            RejectReason.LlmOutputUnusable,
            PageOutputCleaner.Clean("<body class=\"x\">  </body>", "stop").Refusal?.Reason
        );
        // <bodyguard> is not a body.
        Assert.NotNull(PageOutputCleaner.Clean(Body.Replace("<h1", "<bodyguard></bodyguard><h1"), "stop").Value);
    }
}
