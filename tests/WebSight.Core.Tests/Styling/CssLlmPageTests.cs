using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Styling;
using WebSight.Core.Tests.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Styling;

/// <summary>The llm generator with <c>--styling css</c>: the plain-CSS prompt, the answer's style block kept, validated as css.</summary>
public sealed class CssLlmPageTests : IAsyncLifetime, IDisposable
{
    private const string CssAnswer = """
        Here is the page:
        ```html
        <html>
        <head>
        <style>
        .site-nav { padding: 16px; background: #1e293b; color: white; }
        .hero-title { font-size: 40px; font-weight: 700; }
        .hero-text { color: #334155; }
        </style>
        </head>
        <body>
        <nav class="site-nav">Crumb Bakery</nav>
        <h1 class="hero-title">Fresh sourdough every morning at the harbour</h1>
        <p class="hero-text">We bake rye, spelt and seeded loaves before sunrise and sell them until the shelves are empty.</p>
        <p class="hero-footnote">Open daily from seven.</p>
        </body>
        </html>
        ```
        """;

    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_css_llm_page_is_asked_for_plain_css_keeps_its_style_block_and_is_validated_as_css()
    {
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Text(CssAnswer), FakeReply.Text(FakeLlmServer.Page("x")));
        var options = LlmTestKit.OpenAI(_server, _directory.Combine("state", "llm-cache.sqlite"));
        using var generator = new LlmPageGenerator(
            options with
            {
                Concurrency = 1,
            },
            1,
            _directory.Path,
            null,
            new RunStats(),
            styling: PageStyling.Css
        );
        var outcomes = await LlmTestKit.RunAsync(generator, [0, 1], 1);

        var prompt = _server.RequestsFor(FakeLlmServer.PagesModel)[0].Prompt;
        Assert.Contains("one <style> block", prompt);
        Assert.DoesNotContain("Tailwind", prompt);
        var page = Assert.IsType<GeneratedPage>(outcomes[0].Page);
        var document = new HtmlParser().ParseDocument(page.Html);
        Assert.Single(document.QuerySelectorAll("head > style"));
        Assert.Empty(document.QuerySelectorAll("link"));
        // The answer uses a class its style block never defines: validation in css mode says so.
        var validator = Shared.Validator(new ValidationOptions { Styling = PageStyling.Css });
        var result = await validator.RunAsync(page, CancellationToken.None);
        Assert.Equal("undefined_classes", result.Refusal?.Reason.Code());
        Assert.Contains("hero-footnote", result.Refusal!.Detail);
        // A Tailwind answer with no style block is not a css page.
        Assert.Equal(RejectReason.LlmOutputUnusable, outcomes[1].Rejection?.Reason);
    }
}
