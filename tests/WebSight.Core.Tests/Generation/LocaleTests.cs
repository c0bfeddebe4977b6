using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Archetypes;
using WebSight.Core.Generation.Locales;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Generation;

public sealed partial class LocaleTests
{
    private static readonly string[] Others = LocaleSet.Supported.Where(code => code != "en").ToArray();

    /// <summary>Words no other supported language writes: one of them on a page means an English string leaked.</summary>
    private static readonly HashSet<string> EnglishOnly =
    [
        "the",
        "and",
        "your",
        "you",
        "our",
        "with",
        "from",
        "about",
        "more",
        "this",
        "that",
        "are",
        "sign",
        "read",
        "learn",
        "what",
        "how",
        "why",
        "reviews",
        "days",
    ];

    private static List<GeneratedPage> Pages(TemplateGeneratorOptions options, long runSeed, int count)
    {
        var generator = new TemplateGenerator(options);
        return Enumerable.Range(0, count).Select(i => generator.Generate(SampleSpec.For(runSeed, i))).ToList();
    }

    [Fact]
    public void Every_language_translates_every_ui_string_of_every_archetype_in_strict_mode()
    {
        foreach (var code in Others)
        foreach (var archetype in ArchetypeSet.Names)
        {
            var options = new TemplateGeneratorOptions
            {
                Locales = [code],
                Archetypes = [archetype],
                StrictLocales = true,
            };
            // Strict mode throws MissingTranslationException (naming the language and key) on the first gap.
            foreach (var page in Pages(options, 71, 30))
                Assert.Equal(code, page.Locale);
        }
    }

    [Fact]
    public void A_missing_key_fails_in_strict_mode_and_falls_back_to_english_otherwise()
    {
        var source = TemplateSource.Embedded();
        var strict = LocaleSet.Load(source, "de", [], strict: true);
        var lenient = LocaleSet.Load(source, "de", [], strict: false);
        var error = Assert.Throws<MissingTranslationException>(() => strict.L("No such string"));
        Assert.Equal(("de", "No such string"), (error.Code, error.Key));
        Assert.Equal("No such string", lenient.L("No such string"));
        Assert.Equal("In den Warenkorb", strict.L("Add to cart"));
    }

    [Fact]
    public void Pages_of_each_language_say_so_and_carry_no_english_words_but_brand_names()
    {
        var parser = new HtmlParser();
        var brands = Shared.Generator.Categories.SelectMany(c => c.Businesses).Select(b => b.Name).ToList();
        var validator = Shared.Validator();
        foreach (var code in Others)
        {
            foreach (var page in Pages(new() { Locales = [code] }, 73, 120))
            {
                var document = parser.ParseDocument(page.Html);
                Assert.Equal(code, document.DocumentElement.GetAttribute("lang"));
                var text = document.Body!.TextContent;
                foreach (var element in document.QuerySelectorAll("[alt],[placeholder],[aria-label]"))
                    text +=
                        " "
                        + element.GetAttribute("alt")
                        + " "
                        + element.GetAttribute("placeholder")
                        + " "
                        + element.GetAttribute("aria-label");
                foreach (var brand in brands)
                    text = text.Replace(brand, " ", StringComparison.Ordinal);
                var leaked = Words()
                    .Matches(text)
                    .Select(m => m.Value.ToLowerInvariant())
                    .Where(EnglishOnly.Contains)
                    .ToList();
                Assert.True(leaked.Count == 0, $"{code} {page.Spec} ({page.Archetype}): {string.Join(", ", leaked)}");
                var result = validator.Validate(page);
                Assert.True(result.Passed, $"{code} {page.Spec}: {result.Refusal?.Reason} {result.Refusal?.Detail}");
            }
        }
    }

    [Fact]
    public void English_alone_is_the_default_and_writes_exactly_the_same_pages()
    {
        var plain = Pages(new(), 75, 60);
        var english = Pages(new() { Locales = ["en"] }, 75, 60);
        Assert.Equal(plain.Select(p => p.Html), english.Select(p => p.Html));
        Assert.All(plain, page => Assert.StartsWith("<html>\n", page.Html));
        Assert.All(plain, page => Assert.Equal("en", page.Locale));
    }

    [Fact]
    public void A_mixed_run_draws_every_language_from_the_page_seed()
    {
        var options = new TemplateGeneratorOptions { Locales = LocaleSet.Supported };
        var first = Pages(options, 77, 300);
        var again = Pages(options, 77, 300);
        Assert.Equal(first.Select(p => p.Html), again.Select(p => p.Html));
        Assert.Equal(LocaleSet.Supported.Order(), first.Select(p => p.Locale!).Distinct().Order());
        Assert.All(first, page => Assert.StartsWith($"<html lang=\"{page.Locale}\">", page.Html));
    }

    [Fact]
    public void An_unknown_locale_is_a_usage_error_naming_the_flag_and_the_supported_codes()
    {
        var error = Assert.Throws<OptionsException>(() =>
            new TemplateGeneratorOptions { Locales = ["de", "xx"] }.Validate()
        );
        Assert.Contains("--locales", error.Message);
        Assert.Contains("xx", error.Message);
        Assert.Contains("en, de, fr, es, pt, it, nl, pl, ja, zh", error.Message);
    }

    [Fact]
    public void Prices_dates_and_numbers_follow_the_language()
    {
        var source = TemplateSource.Embedded();
        var date = new DateOnly(2025, 3, 7);
        Assert.Equal("12,99 €", LocaleSet.Load(source, "de", [], true).Price(12, true));
        Assert.Equal("7. März 2025", LocaleSet.Load(source, "de", [], true).LongDate(date));
        Assert.Equal("2025年3月7日", LocaleSet.Load(source, "ja", [], true).LongDate(date));
        Assert.Equal("7 marca 2025", LocaleSet.Load(source, "pl", [], true).LongDate(date));
        Assert.Equal("12.400", LocaleSet.Load(source, "de", [], true).Amount(12400));
        Assert.Equal("$12.99", LocaleSet.English.Price(12, true));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
