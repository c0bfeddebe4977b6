using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Quality;

/// <summary>Planted faults rendered in real Chromium: each is caught with its own reason, and clean pages pass.</summary>
public sealed class QualityCheckerTests : IAsyncLifetime
{
    private ProbingBrowser _browser = null!;

    public async Task InitializeAsync() => _browser = await ProbingBrowser.StartAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    /// <summary>
    /// A well-made page in the WebSight style: navigation, a hero image, text, cards, a footer. (Generated template
    /// pages are not used as the clean case: some put long e-mail addresses in narrow columns, which this check
    /// rightly flags as text overflow.)
    /// </summary>
    private static string Page(long index)
    {
        var (name, keyword, colour) = index switch
        {
            0 => ("Harbour Lights Bakery", "bread", "yellow"),
            1 => ("Northwind Cycling Club", "bicycle", "green"),
            2 => ("Atlas Legal Partners", "office", "indigo"),
            3 => ("Meadowbrook Dental Care", "dentist", "teal"),
            4 => ("Copper Kettle Cafe", "coffee", "red"),
            _ => ("Silverline Travel Agency", "beach", "blue"),
        };
        var cards = string.Concat(
            Enumerable
                .Range(1, 3)
                .Select(i =>
                    $"<div class=\"p-6 bg-white rounded-lg shadow\"><h3 class=\"text-xl font-semibold\">{name} service {i}</h3>"
                    + $"<p class=\"mt-2 text-gray-600\">Service number {i} of {name}, described in a few plain sentences for visitors.</p></div>"
                )
        );
        return PageWrapper.Wrap(
            "bg-gray-100",
            $"<nav class=\"flex justify-between p-6 bg-{colour}-700 text-white\"><span class=\"text-2xl font-bold\">{name}</span>"
                + "<span class=\"space-x-4\"><a href=\"#\">Home</a><a href=\"#\">About</a><a href=\"#\">Contact</a></span></nav>"
                + $"<section class=\"flex items-center p-12 space-x-8\"><img class=\"w-1/2 rounded-lg\" src=\"{ImageUrls.For(800, 500, keyword)}\" alt=\"{keyword}\">"
                + $"<div><h1 class=\"text-4xl font-bold text-gray-900\">Welcome to {name}</h1><p class=\"mt-4 text-lg text-gray-700\">"
                + $"{name} has served the neighbourhood for years. We care about every visitor and keep things simple and friendly.</p></div></section>"
                + $"<section class=\"grid grid-cols-3 gap-6 p-12\">{cards}</section>"
                + $"<footer class=\"p-8 text-center text-gray-500\">Copyright {name}. All rights reserved.</footer>"
        );
    }

    /// <summary>A clean page with extra markup inserted at the start of its body.</summary>
    private static string WithPlanted(long index, string markup)
    {
        var html = Page(index);
        var body = html.IndexOf('>', html.IndexOf("<body", StringComparison.Ordinal)) + 1;
        return html.Insert(body, markup);
    }

    private async Task<QualityReport> CheckAsync(QualityChecker checker, string id, string html)
    {
        var (image, probe) = await _browser.RenderAsync(html);
        return checker.Check(id, image, probe, VisibleText.FromHtml(html));
    }

    [Fact]
    public async Task Clean_pages_pass_every_check()
    {
        var checker = new QualityChecker(new QualityOptions());
        for (var index = 0; index < 6; index++)
        {
            var report = await CheckAsync(checker, $"clean-{index}", Page(index));
            Assert.True(report.Passed, $"page {index}: {report.FlagCodes} ({report.Detail})");
            Assert.Empty(report.Flags);
            Assert.Equal(0, report.Metrics.OverflowPixels);
            Assert.Equal(0, report.Metrics.BrokenImages);
        }
        Assert.Equal(6, checker.Remembered);
    }

    [Fact]
    public async Task A_blank_page_is_rejected_as_blank_image()
    {
        var report = await CheckAsync(
            new QualityChecker(new QualityOptions()),
            "blank",
            PageWrapper.Wrap("bg-white", "<div class=\"h-64\"></div>")
        );
        Assert.Equal(RejectReason.BlankImage, Assert.Single(report.Flags));
        Assert.True(report.Metrics.DominantShare > 0.99);
    }

    [Fact]
    public async Task A_page_wider_than_the_viewport_is_rejected_as_horizontal_overflow()
    {
        var report = await CheckAsync(
            new QualityChecker(new QualityOptions()),
            "wide",
            WithPlanted(1, "<div class=\"bg-gray-200 h-8\" style=\"width:1900px\"></div>")
        );
        Assert.Equal(RejectReason.HorizontalOverflow, Assert.Single(report.Flags));
        Assert.Equal(1900 - 1280, report.Metrics.OverflowPixels);
    }

    [Fact]
    public async Task A_page_with_an_image_that_failed_to_load_is_rejected_as_broken_images()
    {
        var report = await CheckAsync(
            new QualityChecker(new QualityOptions()),
            "broken",
            WithPlanted(2, "<img src=\"https://example.com/missing.png\" alt=\"logo\" class=\"w-16 h-16\">")
        );
        Assert.Equal(RejectReason.BrokenImages, Assert.Single(report.Flags));
        Assert.Equal(1, report.Metrics.BrokenImages);
    }

    [Fact]
    public async Task Text_spilling_out_of_a_narrow_box_is_rejected_as_text_overflow()
    {
        var report = await CheckAsync(
            new QualityChecker(new QualityOptions()),
            "spill",
            WithPlanted(
                3,
                "<div class=\"w-24 bg-yellow-100\">Supercalifragilisticexpialidociousandthensomemoreletters</div>"
            )
        );
        Assert.Equal(RejectReason.TextOverflow, Assert.Single(report.Flags));
        Assert.Equal(1, report.Metrics.OverflowingTextElements);
    }

    [Fact]
    public async Task A_near_identical_page_is_rejected_as_a_duplicate_of_the_earlier_one_and_a_different_page_is_not()
    {
        var checker = new QualityChecker(new QualityOptions());
        var original = Page(4);
        var edited = original.Replace(
            "</body>",
            "<p class=\"p-4\">One more closing line at the bottom.</p></body>",
            StringComparison.Ordinal
        );

        var first = await CheckAsync(checker, "first", original);
        var second = await CheckAsync(checker, "second", edited);
        var unrelated = await CheckAsync(checker, "unrelated", Page(5));

        Assert.True(first.Passed, first.Detail);
        Assert.NotEqual(original, edited);
        Assert.Equal(RejectReason.NearDuplicate, Assert.Single(second.Flags));
        Assert.Equal("first", second.Metrics.DuplicateOf);
        Assert.Contains("near-duplicate of first", second.Detail, StringComparison.Ordinal);
        Assert.True(unrelated.Passed, unrelated.Detail);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_page_is_rejected_for_its_first_flag_or_kept_flagged_with_keep_flagged(bool keepFlagged)
    {
        var html = WithPlanted(
            6,
            "<img src=\"https://example.com/missing.png\" alt=\"a\"><div style=\"width:1500px\">wide</div>"
        );
        var (image, probe) = await _browser.RenderAsync(html);
        var page = new GeneratedPage(SampleSpec.For(0, 6), html, "idea", "test", "test", [], null);
        var sample = new RenderedSample(page, default, image, 2560, 1600, 800, false, 0, probe);
        var stats = new RunStats();
        var stage = new QualityStage(new QualityOptions { KeepFlagged = keepFlagged }, 1, stats);

        var result = await stage.RunAsync(new RenderedPage([sample]), CancellationToken.None);

        Assert.Equal(1, stats.Counter("qa_flags.broken_images"));
        if (!keepFlagged)
        {
            Assert.Equal(RejectReason.BrokenImages, result.Refusal?.Reason);
            Assert.Equal(html, result.Refusal?.Evidence);
            return;
        }
        var report = Assert.Single(Assert.IsType<CheckedPage>(result.Value).Views).Quality;
        Assert.Equal([RejectReason.BrokenImages, RejectReason.HorizontalOverflow], report.Flags);
        Assert.Equal("broken_images,horizontal_overflow", report.FlagCodes);
    }
}
