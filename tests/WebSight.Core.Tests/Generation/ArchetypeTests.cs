using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Archetypes;
using WebSight.Core.Generation.Copy;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Generation;

public sealed partial class ArchetypeTests
{
    private static TemplateGenerator Only(params string[] archetypes) => new(new() { Archetypes = archetypes });

    private static List<GeneratedPage> Pages(TemplateGenerator generator, long runSeed, int count) =>
        Enumerable.Range(0, count).Select(i => generator.Generate(SampleSpec.For(runSeed, i))).ToList();

    [Fact]
    public void There_are_at_least_twelve_archetypes_and_every_one_makes_valid_pages_of_its_kind()
    {
        Assert.True(ArchetypeSet.Names.Count >= 12, string.Join(", ", ArchetypeSet.Names));
        var validator = Shared.Validator();
        foreach (var name in ArchetypeSet.Names)
        {
            foreach (var page in Pages(Only(name), 31, 40))
            {
                Assert.Equal(name, page.Archetype);
                var result = validator.Validate(page);
                Assert.True(result.Passed, $"{name} {page.Spec}: {result.Refusal?.Reason} {result.Refusal?.Detail}");
            }
        }
    }

    [Fact]
    public void The_default_mix_gives_every_archetype_at_least_three_percent_of_pages()
    {
        var shares = Pages(Shared.Generator, 41, 1600)
            .GroupBy(p => p.Archetype!)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var name in ArchetypeSet.Names)
            Assert.True(
                shares.GetValueOrDefault(name) >= 48,
                $"{name}: {shares.GetValueOrDefault(name)} of 1600 pages"
            );
    }

    [Fact]
    public void Same_seed_gives_byte_identical_pages_across_instances_and_threads()
    {
        var specs = Enumerable.Range(0, 160).Select(i => SampleSpec.For(43, i)).ToList();
        var sequential = specs.Select(spec => Shared.Generator.Generate(spec).Html).ToList();
        var other = new TemplateGenerator(new TemplateGeneratorOptions());
        var parallel = new string[specs.Count];
        Parallel.For(
            0,
            specs.Count,
            new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = other.Generate(specs[i]).Html
        );
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void The_archetypes_option_keeps_only_the_archetypes_named()
    {
        var archetypes = Pages(Only("menu", "docs"), 47, 120).Select(p => p.Archetype).Distinct().Order().ToList();
        Assert.Equal(["docs", "menu"], archetypes);
    }

    [Fact]
    public void An_unknown_archetype_is_refused_naming_the_flag_and_the_valid_names()
    {
        var error = Assert.Throws<OptionsException>(() => Only("landing", "spaceship"));
        Assert.Equal(TemplateGeneratorOptions.ArchetypesFlag, error.Option);
        Assert.Contains("spaceship", error.Message);
        Assert.Contains("dashboard", error.Message);
    }

    [Fact]
    public void Pages_stay_under_the_code_token_budget_with_a_median_of_at_most_3000()
    {
        var tokens = Pages(Shared.Generator, 53, 200).Select(p => CodeTokens.Count(p.Html)).Order().ToList();
        Assert.True(tokens[^1] <= TemplateGeneratorOptions.DefaultMaxCodeTokens, $"longest page: {tokens[^1]} tokens");
        Assert.True(tokens[100] <= 3000, $"median: {tokens[100]} tokens");
        // A tighter budget leaves sections out of the same pages rather than composing others or cutting markup;
        // once nothing optional is left, the footer may shrink to its one-line form.
        var wide = Only("landing", "shop", "pricing");
        var tight = new TemplateGenerator(
            new TemplateGeneratorOptions { MaxCodeTokens = 2500, Archetypes = ["landing", "shop", "pricing"] }
        );
        var pairs = Pages(wide, 54, 60).Zip(Pages(tight, 54, 60)).ToList();
        Assert.All(
            pairs,
            pair =>
                Assert.True(
                    pair.Second.Sections.All(s => pair.First.Sections.Contains(s) || s == "footer/compact"),
                    pair.First.Spec.ToString()
                )
        );
        Assert.True(pairs.Count(pair => pair.Second.Sections.Count < pair.First.Sections.Count) >= 20);
    }

    [Fact]
    public void At_least_96_percent_of_long_sentences_over_300_pages_are_distinct()
    {
        var sentences = Pages(Shared.Generator, 59, 300)
            .SelectMany(p => TextBetweenTags().Matches(p.Html).Select(m => m.Groups[1].Value.Trim()))
            .SelectMany(text => SentenceEnd().Split(text))
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6)
            .ToList();
        var distinct = sentences.Distinct().Count();
        Assert.True(sentences.Count > 2000, $"only {sentences.Count} sentences");
        Assert.True(distinct >= sentences.Count * 0.96, $"{distinct} of {sentences.Count} sentences distinct");
    }

    [Fact]
    public void Sections_fit_the_business_no_cart_or_menu_where_nothing_is_sold_or_served()
    {
        foreach (var page in Pages(Shared.Generator, 61, 800))
        {
            var traits = CategoryTraits.Of(page.Topic);
            if (!traits.SellsOnline)
                Assert.DoesNotContain("Add to cart", page.Html);
            if (!traits.ServesFood)
                Assert.NotEqual("menu", page.Archetype);
            if (!traits.Technical)
                Assert.NotEqual("docs", page.Archetype);
        }
    }

    [Fact]
    public void No_image_url_repeats_within_a_page()
    {
        foreach (var page in Pages(Shared.Generator, 67, 300))
        {
            var urls = ImageSource().Matches(page.Html).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(urls.Count, urls.Distinct().Count());
            Assert.All(urls, url => Assert.True(ImageUrls.TryParse(url, out _), url));
        }
    }

    [GeneratedRegex(">([^<>]+)<")]
    private static partial Regex TextBetweenTags();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("src=\"([^\"]*)\"")]
    private static partial Regex ImageSource();
}
