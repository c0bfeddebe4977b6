using WebSight.Core.Quality;

namespace WebSight.Core.Tests.Quality;

/// <summary>
/// Visible text is read from every rendered page by QA and from every row by the review index: crafted markup once
/// held it for minutes a page (an attribute of 30,000 unclosed script tags: 117 s; 60,000 unclosed comments: 441 s).
/// The hang guards are generous; they are not timing claims.
/// </summary>
public sealed class VisibleTextTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Unclosed_script_tags_inside_an_attribute_are_read_in_linear_time()
    {
        var html = $"<div title=\"{string.Concat(Enumerable.Repeat("<script ", 30_000))}\">Hover me.</div>";
        var text = await Task.Run(() => VisibleText.FromHtml(html)).WaitAsync(HangGuard);
        Assert.Equal("Hover me.", text);
    }

    [Fact]
    public async Task Unclosed_comments_are_read_in_linear_time_and_kept_as_text()
    {
        var html = "<p>Open</p>" + string.Concat(Enumerable.Repeat("<!--", 60_000));
        var text = await Task.Run(() => VisibleText.FromHtml(html)).WaitAsync(HangGuard);
        Assert.StartsWith("Open <!--<!--", text);
    }

    [Fact]
    public void Invisible_elements_are_dropped_whatever_their_case_and_closing_whitespace()
    {
        var html =
            "<html><head><title>t</title></head><body>a<script>x</script>b<!-- c -->d<template>e</template>"
            + "<noscript>f</noscript><style>g</style>h<SCRIPT>i</Script >j<svg><text>k</text></svg>l</body></html>";
        Assert.Equal("a b d h j l", VisibleText.FromHtml(html));
    }
}
