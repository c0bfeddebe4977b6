using System.Globalization;
using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Design;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Generation;

public sealed partial class ComponentIdiomTests
{
    private static List<GeneratedPage> Pages(string[] archetypes, long runSeed, int count)
    {
        var generator = new TemplateGenerator(new() { Archetypes = archetypes });
        return Enumerable.Range(0, count).Select(i => generator.Generate(SampleSpec.For(runSeed, i))).ToList();
    }

    [Fact]
    public void Component_idioms_appear_in_the_archetypes_that_use_them_and_every_page_validates()
    {
        var pages = Pages(["settings", "product", "dashboard", "docs", "portfolio", "shop"], 61, 240);
        var validator = Shared.Validator();
        foreach (var page in pages)
        {
            var result = validator.Validate(page);
            Assert.True(
                result.Passed,
                $"{page.Archetype} {page.Spec}: {result.Refusal?.Reason} {result.Refusal?.Detail}"
            );
        }
        var html = string.Concat(pages.Select(p => p.Html));
        foreach (
            var idiom in new[]
            {
                "focus-within:ring-2", // a search box that rings while its field has focus
                "role=\"switch\"", // settings switches
                "aria-label=\"Tabs\"", // underlined tabs
                " -mb-px ", // the tab bar sits on the list's border
                "aria-label=\"Breadcrumb\"",
                "aria-label=\"Pagination\"",
                " -space-x-px ", // joined pagination buttons share their borders
                "group-hover:opacity-100", // an arrow revealed with the pointer
                "md:table-cell", // table columns shown from a breakpoint up
                "line-through", // a sale's old price
            }
        )
            Assert.Contains(idiom, html);
    }

    [Fact]
    public void Review_shares_in_the_rating_bars_add_up_to_one_hundred_and_each_bar_is_near_its_share()
    {
        var breakdowns = 0;
        foreach (var page in Pages(["product"], 67, 60))
        {
            var rows = RatingRow().Matches(page.Html);
            if (rows.Count == 0)
                continue;
            breakdowns++;
            Assert.Equal(5, rows.Count);
            Assert.Equal(100, rows.Sum(r => int.Parse(r.Groups["share"].Value, CultureInfo.InvariantCulture)));
            foreach (Match row in rows)
            {
                var share = int.Parse(row.Groups["share"].Value, CultureInfo.InvariantCulture);
                var filled =
                    100.0
                    * int.Parse(row.Groups["k"].Value, CultureInfo.InvariantCulture)
                    / int.Parse(row.Groups["d"].Value, CultureInfo.InvariantCulture);
                Assert.True(
                    share < 4 || Math.Abs(filled - share) <= 5,
                    $"{share}% drawn as {row.Groups["k"]}/{row.Groups["d"]}"
                );
            }
        }
        Assert.True(breakdowns >= 10, $"{breakdowns} of 60 product pages show a rating breakdown");
    }

    [Fact]
    public void A_bar_width_is_a_stylesheet_fraction_in_the_page_notation_or_in_twelfths()
    {
        var rng = new Random(5);
        var classes = Shared.Rules;
        for (var draw = 0; draw < 40; draw++)
        {
            var states = DesignTokens.Draw(rng).States;
            for (var percent = 1; percent <= 99; percent++)
            {
                var width = states.Width(percent);
                Assert.True(classes.Contains(width), width);
                var parts = width[2..].Split('/').Select(int.Parse).ToArray();
                Assert.True(parts[1] == states.Denominator || parts[1] == 12, $"{percent}% as {width}");
                Assert.InRange(parts[0], 1, parts[1] - 1);
            }
        }
    }

    [GeneratedRegex(
        """<div class="h-full w-(?<k>\d+)/(?<d>\d+)[^"]*"></div>\s*</div>\s*<span class="w-10 text-right[^"]*">(?<share>\d+)%</span>""",
        RegexOptions.NonBacktracking
    )]
    private static partial Regex RatingRow();
}
