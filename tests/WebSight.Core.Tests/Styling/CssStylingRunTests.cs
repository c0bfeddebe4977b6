using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Styling;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Styling;

/// <summary>`generate --styling css` end to end, and the css-mode class check of validation.</summary>
public sealed class CssStylingRunTests
{
    [Fact]
    public async Task A_css_run_stores_plain_css_pages_a_styling_column_and_refuses_a_tailwind_resume()
    {
        using var directory = new TempDirectory();
        var options = CssOptions(directory.Path, PageStyling.Css);
        var source = PageSources.Create(options, new RunStats());
        var outcome = await Shared.Runner(options, source, new RunStats()).RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, outcome.Status);
        var glob = directory.Combine("data", "*.parquet");
        var rows = DuckDb.Query($"SELECT styling, text, image.bytes FROM read_parquet('{glob}')");
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal("css", row[0]);
            var text = (string)row[1]!;
            Assert.DoesNotContain(PageWrapper.TailwindCdnUrl, text);
            var document = new HtmlParser().ParseDocument(text);
            Assert.Single(document.QuerySelectorAll("head > style"));
            Assert.All(document.All, e => Assert.True(e.ClassList.Length <= 1, e.LocalName));
            Assert.Null(DefinedClassCheck.Problem(document));
            Assert.True(DecodedImage.Decode((byte[])row[2]!).LooksNonBlank);
        }
        var manifest = JsonNode.Parse(File.ReadAllText(directory.Combine("run.json")))!;
        Assert.Equal("css", manifest["styling"]!.GetValue<string>());
        Assert.Contains("styling: `css`", File.ReadAllText(directory.Combine("README.md")));

        var tailwind = CssOptions(directory.Path, PageStyling.Tailwind);
        var refused = await Assert.ThrowsAsync<OptionsException>(() =>
            Shared
                .Runner(tailwind, PageSources.Create(tailwind, new()), new RunStats())
                .RunAsync(CancellationToken.None)
        );
        Assert.True(
            refused.Message.Contains("styling: was \"css\", now \"tailwind\"", StringComparison.Ordinal),
            refused.Message
        );
    }

    [Theory]
    [InlineData("<style>.hero-title{color:red}</style><h1 class=\"hero-title\">Words</h1>", null)]
    [InlineData(
        "<style>.hero-title{color:red}</style><h1 class=\"hero-title text-xl\">Words</h1>",
        "undefined_classes"
    )]
    [InlineData(
        "<link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\"><h1 class=\"text-xl\">Words</h1>",
        "undefined_classes"
    )]
    public async Task A_css_page_must_define_every_class_it_uses_in_its_style(string markup, string? reason)
    {
        var html =
            $"<html><head>{markup}</head><body><p>{string.Join(' ', Enumerable.Repeat("plain words here", 6))}</p></body></html>";
        var page = new GeneratedPage(SampleSpec.For(1, 0), html, "idea", "topic", "test", []);
        var validator = Shared.Validator(new ValidationOptions { Styling = PageStyling.Css });
        var result = await validator.RunAsync(page, CancellationToken.None);
        Assert.Equal(reason, result.Refusal?.Reason.Code());
    }

    private static RunOptions CssOptions(string directory, PageStyling styling) =>
        new()
        {
            Count = 4,
            OutputDirectory = directory,
            Seed = 5,
            Styling = styling,
            Validation = new ValidationOptions { Styling = styling },
            Render = new RenderOptions { Workers = 1, Styling = styling },
        };
}
