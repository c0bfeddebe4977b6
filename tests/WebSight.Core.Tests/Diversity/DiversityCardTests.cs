using WebSight.Core.Diversity;

namespace WebSight.Core.Tests.Diversity;

/// <summary>The card's Diversity section: added once, replaced on a rerun, the rest of the card kept.</summary>
public sealed class DiversityCardTests
{
    [Fact]
    public void A_rerun_replaces_the_section_and_keeps_the_sections_around_it()
    {
        var card = "---\nlicense: cc-by-4.0\n---\n\n# Title\n\n## Settings\n\n- seed: `1`\n";

        var once = DiversityCard.WithSection(card, "## Diversity\n\nold\n");
        var twice = DiversityCard.WithSection(once + "\n## Loading\n\nkeep me\n", "## Diversity\n\nnew\n");

        Assert.Contains("- seed: `1`\n\n## Diversity\n\nold\n", once);
        Assert.Contains("## Diversity\n\nnew\n", twice);
        Assert.DoesNotContain("old", twice);
        Assert.Contains("## Loading\n\nkeep me", twice);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(twice, "## Diversity"));
    }

    [Fact]
    public void Distributions_take_the_nearest_rank()
    {
        var distribution = Distribution.Of([.. Enumerable.Range(1, 11).Select(i => i * 10)])!;

        Assert.Equal(new Distribution(10, 20, 60, 100, 110), distribution);
        Assert.Null(Distribution.Of([]));
    }
}
