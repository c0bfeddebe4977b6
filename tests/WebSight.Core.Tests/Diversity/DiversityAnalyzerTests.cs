using System.Text.Json;
using WebSight.Core.Diversity;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Diversity;

/// <summary>The diversity measures on small hand-made pages whose right numbers are known.</summary>
public sealed class DiversityAnalyzerTests
{
    private const string Cards3 =
        "<section class=\"bg-white\"><h2>Our team</h2><div><div class=\"p-4\"><p>Ann</p></div><div class=\"p-4\"><p>Bo</p></div><div class=\"p-4\"><p>Cy</p></div></div></section>";

    private const string Cards4 =
        "<section class=\"bg-gray-100\"><h2>Menu</h2><div><div class=\"p-2\"><p>Tea</p></div><div class=\"p-2\"><p>Cake</p></div><div class=\"p-2\"><p>Pie</p></div><div class=\"p-2\"><p>Jam</p></div></div></section>";

    private static string Page(string body, string bodyClass = "bg-white", string lang = "") =>
        $"<html{(lang.Length > 0 ? $" lang=\"{lang}\"" : "")}><body class=\"{bodyClass}\">{body}</body></html>";

    private static async Task<string> WriteLinesAsync(TempDirectory directory, string name, params string[] texts)
    {
        var folder = directory.Combine(name);
        Directory.CreateDirectory(folder);
        var lines = texts.Select(
            (text, i) =>
                JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = text, ["topic"] = $"t{i % 2}" })
        );
        await File.WriteAllLinesAsync(Path.Combine(folder, "pages.jsonl"), lines);
        return folder;
    }

    private static Task<DiversityReport> AnalyzeAsync(string path, string? against = null) =>
        new DiversityAnalyzer(Shared.Rules).AnalyzeAsync(path, against, CancellationToken.None);

    [Fact]
    public async Task Two_pages_sharing_one_section_shape_have_one_distinct_section_skeleton()
    {
        using var directory = new TempDirectory();
        var dataset = await WriteLinesAsync(
            directory,
            "a",
            Page(Cards3 + "<footer><p>(c) 2026</p></footer>"),
            Page(Cards4 + "<footer><p>(c) 2025</p></footer>")
        );

        var report = await AnalyzeAsync(dataset);

        Assert.Equal(2, report.Pages);
        Assert.Equal(4, report.Skeletons.Sections);
        Assert.Equal(2, report.Skeletons.DistinctSections);
        Assert.Equal(1, report.Skeletons.DistinctPages);
        Assert.Equal(["t0", "t1"], report.Topics.Select(t => t.Value));
        Assert.Null(report.Archetypes);
        Assert.Null(report.PageHeight);
    }

    [Fact]
    public async Task A_page_wrapped_in_one_container_has_its_sections_one_level_down()
    {
        using var directory = new TempDirectory();
        var dataset = await WriteLinesAsync(
            directory,
            "a",
            Page($"<div class=\"container\">{Cards3}<nav><a>Home</a></nav></div>")
        );

        var report = await AnalyzeAsync(dataset);

        Assert.Equal(2, report.Skeletons.Sections);
    }

    [Fact]
    public async Task Sentence_overlap_is_the_share_of_distinct_sentences_the_other_dataset_holds()
    {
        using var directory = new TempDirectory();
        // Sentences of six words or more: three distinct here ("Short one." and the heading are too short).
        var mine = await WriteLinesAsync(
            directory,
            "mine",
            Page(
                "<h1>Fresh bread</h1><p>We bake every loaf by hand. Short one. Our ovens are fired with <a>local wood</a> daily.</p>"
            ),
            Page("<p>We bake every loaf by hand.</p><p>Delivery reaches the whole valley before seven.</p>")
        );
        var other = await WriteLinesAsync(
            directory,
            "other",
            Page("<p>We bake every loaf by hand. Something else entirely is written on this page.</p>")
        );

        var report = await AnalyzeAsync(mine, other);

        Assert.Equal(4, report.Sentences.Total);
        Assert.Equal(3, report.Sentences.Distinct);
        Assert.Equal(0.75, report.Sentences.DistinctShare, 3);
        Assert.NotNull(report.Sentences.Against);
        Assert.Equal(1, report.Sentences.Against.Found);
        Assert.Equal(1.0 / 3, report.Sentences.Against.FoundShare, 3);
    }

    [Fact]
    public async Task A_row_of_links_counts_as_labels_not_as_one_sentence_while_a_sentence_with_a_link_stays_whole()
    {
        using var directory = new TempDirectory();
        var dataset = await WriteLinesAsync(
            directory,
            "a",
            Page(
                "<nav><a>Custom Cakes</a> <a>Visit Us</a> <a>Order Online</a> <a>About</a></nav>"
                    + "<p><a>Docs</a> / <a>Guides</a> / <a>Shared calendars</a></p>"
                    + "<p>Read <a>our delivery guide</a> before you order a cake.</p>"
            )
        );

        var report = await AnalyzeAsync(dataset);

        Assert.Equal(1, report.Sentences.Total);
    }

    [Fact]
    public async Task A_repeated_image_url_marks_its_page_and_every_image_counts_toward_the_mean()
    {
        using var directory = new TempDirectory();
        var dataset = await WriteLinesAsync(
            directory,
            "a",
            Page(
                "<section><img src=\"https://x/a.jpg\"><img src=\"https://x/a.jpg\"><img src=\"https://x/b.jpg\"></section>"
            ),
            Page("<section style=\"background-image: url('https://x/c.jpg')\"><img src=\"https://x/a.jpg\"></section>")
        );

        var report = await AnalyzeAsync(dataset);

        Assert.Equal(0.5, report.Images.PagesRepeatingAnImage, 3);
        Assert.Equal(2.5, report.Images.MeanPerPage, 3);
        Assert.Null(report.Images.DistinctSources);
    }

    [Fact]
    public async Task Classes_colours_and_languages_are_read_from_the_markup()
    {
        using var directory = new TempDirectory();
        var dataset = await WriteLinesAsync(
            directory,
            "a",
            Page(
                "<section class=\"text-red-600 hover:bg-red-700 p-4\"><p class=\"not-a-tailwind-class\">Hi</p></section>",
                "bg-gray-900",
                "de"
            ),
            Page("<section class=\"text-blue-600 p-4\"><p>Hi</p></section>")
        );

        var report = await AnalyzeAsync(dataset);

        Assert.Equal(7, report.Classes.Distinct);
        Assert.Equal(6, report.Classes.Defined);
        Assert.Equal(Shared.Rules.ClassCount, report.Classes.StylesheetClasses);
        Assert.Equal(["bg-gray-900", "bg-white"], report.Colours.BodyBackgrounds.Select(s => s.Value).Order());
        Assert.Equal(["blue", "red"], report.Colours.Accents.Select(s => s.Value).Order());
        Assert.Equal(["de", "none"], report.Languages.Select(s => s.Value).Order());
        Assert.Equal(2, report.Colours.DistinctBodyClasses);
    }

    [Fact]
    public async Task A_directory_without_a_dataset_is_an_error_naming_it()
    {
        using var directory = new TempDirectory();

        var error = await Assert.ThrowsAsync<OptionsException>(() => AnalyzeAsync(directory.Path));

        Assert.Contains(directory.Path, error.Message);
        Assert.Contains("holds no dataset", error.Message);
    }
}
