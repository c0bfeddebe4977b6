using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Generation;

public sealed class TemplateGeneratorTests
{
    private static GeneratedPage Page(long runSeed, long index) =>
        Shared.Generator.Generate(SampleSpec.For(runSeed, index));

    [Fact]
    public void Same_seed_gives_byte_identical_html_and_idea_across_generator_instances()
    {
        var other = new TemplateGenerator(new TemplateGeneratorOptions());
        for (var index = 0; index < 50; index++)
        {
            var spec = SampleSpec.For(7, index);
            var first = Shared.Generator.Generate(spec);
            var second = other.Generate(spec);
            Assert.Equal(first.Html, second.Html);
            Assert.Equal(first.Idea, second.Idea);
        }
    }

    [Fact]
    public void Different_run_seeds_give_different_pages()
    {
        var differing = Enumerable.Range(0, 20).Count(i => Page(1, i).Html != Page(2, i).Html);
        Assert.Equal(20, differing);
    }

    [Fact]
    public void At_least_95_percent_of_500_pages_differ_in_section_sequence_or_palette()
    {
        var signatures = Enumerable
            .Range(0, 500)
            .Select(i => Page(11, i))
            .Select(p =>
                string.Join(",", p.Sections) + "|" + Regex.Match(p.Idea, @"; (\w+) and (\w+) accents on a (\w+)").Value
            )
            .ToList();
        var distinct = signatures.Distinct().Count();
        Assert.True(distinct >= 475, $"only {distinct} of 500 pages have a distinct layout and palette");
    }

    [Fact]
    public void Pages_are_wrapped_exactly_as_websight_v02_pages()
    {
        for (var index = 0; index < 30; index++)
        {
            var html = Page(3, index).Html;
            Assert.StartsWith(
                "<html>\n<link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\">\n<body class=\"",
                html
            );
            Assert.EndsWith("\n</body>\n</html>", html);
            Assert.Single(Regex.Matches(html, "<body[ >]"));
        }
    }

    [Fact]
    public void The_idea_names_the_category_business_and_layout()
    {
        var page = Page(5, 0);
        var category = Shared.Generator.Categories.Single(c => c.Slug == page.Topic);
        Assert.Matches(
            $"^{Regex.Escape(category.Name)}: an? [a-z -]+ for {Regex.Escape(category.IdeaPhrase)} called ",
            page.Idea
        );
        Assert.Contains(" accents on a ", page.Idea);
    }

    [Fact]
    public void Every_image_uses_the_documented_url_scheme()
    {
        var images = 0;
        for (var index = 0; index < 100; index++)
        {
            foreach (Match match in Regex.Matches(Page(9, index).Html, "src=\"([^\"]*)\""))
            {
                images++;
                Assert.True(ImageUrls.TryParse(match.Groups[1].Value, out var request), match.Groups[1].Value);
                Assert.InRange(request.Width, 16, 4096);
                Assert.False(string.IsNullOrWhiteSpace(request.Keyword));
            }
        }
        Assert.True(images > 100, $"only {images} images in 100 pages");
    }

    [Fact]
    public void Every_generated_page_passes_validation()
    {
        var validator = Shared.Validator();
        var rejected = Enumerable
            .Range(0, 400)
            .Select(i => (Page: Page(21, i), Result: validator.Validate(Page(21, i))))
            .Where(r => !r.Result.Passed)
            .Select(r =>
                $"{r.Page.Spec}: {r.Result.Refusal?.Reason} {r.Result.Refusal?.Detail} ({string.Join(",", r.Page.Sections)})"
            )
            .ToList();
        Assert.Empty(rejected);
    }

    [Fact]
    public void The_catalogue_has_at_least_50_categories_and_no_placeholder_text()
    {
        var categories = Shared.Generator.Categories;
        Assert.True(categories.Count >= 50, $"{categories.Count} categories");
        Assert.Equal(categories.Count, categories.Select(c => c.Slug).Distinct().Count());
        for (var index = 0; index < 200; index++)
            Assert.DoesNotMatch(new Regex("lorem|ipsum", RegexOptions.IgnoreCase), Page(13, index).Html);
    }

    [Fact]
    public void Every_section_kind_has_several_genuinely_different_variants_and_all_get_used()
    {
        var landing = new TemplateGenerator(new TemplateGeneratorOptions { Archetypes = ["landing"] });
        var used = Enumerable
            .Range(0, 1500)
            .SelectMany(i => landing.Generate(SampleSpec.For(17, i)).Sections)
            .ToHashSet();
        var source = TemplateSource.Embedded();
        var all = source
            .Files.Select(f => f.Key)
            .Where(p => p.StartsWith("sections/", StringComparison.Ordinal))
            .Select(p => p["sections/".Length..^".sbn".Length])
            .ToList();
        foreach (var kind in all.GroupBy(p => p.Split('/')[0]))
            Assert.True(kind.Count() >= 4, $"{kind.Key} has {kind.Count()} variants");
        Assert.Empty(all.Except(used));
    }

    [Fact]
    public void A_template_without_its_description_line_is_refused_naming_the_file()
    {
        using var directory = CopyOfEmbeddedTemplates();
        File.WriteAllText(directory.Combine("sections", "hero", "broken.sbn"), "<section>{{ site.name }}</section>");
        var error = Assert.Throws<TemplateSetException>(() =>
            new TemplateGenerator(new TemplateGeneratorOptions { TemplatesDirectory = directory.Path })
        );
        Assert.Contains("sections/hero/broken.sbn", error.Message);
    }

    [Fact]
    public void A_template_naming_an_unknown_variable_fails_with_the_file_instead_of_rendering_a_blank()
    {
        using var directory = CopyOfEmbeddedTemplates();
        foreach (var file in Directory.EnumerateFiles(directory.Combine("sections", "footer")))
            File.Delete(file);
        File.WriteAllText(
            directory.Combine("sections", "footer", "typo.sbn"),
            "{{## a footer with a typo ##}}\n<footer>{{ stie.name }}</footer>"
        );
        var generator = new TemplateGenerator(
            new TemplateGeneratorOptions { TemplatesDirectory = directory.Path, Archetypes = ["landing"] }
        );
        var error = Assert.Throws<TemplateSetException>(() => generator.Generate(SampleSpec.For(0, 0)));
        Assert.Contains("sections/footer/typo.sbn", error.Message);
    }

    [Fact]
    public void A_catalogue_category_missing_content_is_refused_naming_file_and_key()
    {
        using var directory = CopyOfEmbeddedTemplates();
        var file = Directory
            .EnumerateFiles(directory.Combine("catalogue"), "*.json")
            .First(f => !f.EndsWith("_shared.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        json["faq"] = new System.Text.Json.Nodes.JsonArray();
        File.WriteAllText(file, json.ToJsonString());
        var error = Assert.Throws<TemplateSetException>(() =>
            new TemplateGenerator(new TemplateGeneratorOptions { TemplatesDirectory = directory.Path })
        );
        Assert.Contains(Path.GetFileName(file), error.Message);
        Assert.Contains("'faq'", error.Message);
    }

    private static TempDirectory CopyOfEmbeddedTemplates()
    {
        var directory = new TempDirectory();
        foreach (var (path, text) in TemplateSource.Embedded().Files)
        {
            var target = directory.Combine(path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        return directory;
    }
}
