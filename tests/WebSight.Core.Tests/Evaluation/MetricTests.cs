using WebSight.Core.Evaluation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Tests.Evaluation;

/// <summary>Every eval metric on cases worked out by hand or taken from published test data.</summary>
public sealed class MetricTests
{
    private static LayoutBlock Block(
        string text,
        double x,
        double y,
        double width = 0.2,
        double height = 0.05,
        Rgb? color = null
    ) => new(text, x, y, width, height, color ?? Rgb.Black);

    [Fact]
    public void Hungarian_finds_the_known_optimum_of_a_small_cost_matrix()
    {
        // Rows × columns; the optimum is 1 + 2 + 2 = 5 by (0,1), (1,0), (2,2); the greedy choice (1,1) = 0 leads to 6.
        var cost = new double[,]
        {
            { 4, 1, 3 },
            { 2, 0, 5 },
            { 3, 2, 2 },
        };

        var pairs = Hungarian.Solve(cost);

        Assert.Equal([(0, 1), (1, 0), (2, 2)], pairs);
    }

    [Fact]
    public void Hungarian_assigns_the_smaller_side_of_a_rectangular_matrix()
    {
        var wide = new double[,]
        {
            { 9, 1, 9 },
            { 9, 9, 1 },
        };
        var tall = new double[,]
        {
            { 9, 9 },
            { 1, 9 },
            { 9, 1 },
        };

        Assert.Equal([(0, 1), (1, 2)], Hungarian.Solve(wide));
        Assert.Equal([(1, 0), (2, 1)], Hungarian.Solve(tall));
    }

    [Theory]
    [InlineData("abcd", "bcde", 0.75)] // difflib's documented example: 2 × 3 / 8
    [InlineData("hello", "hello world", 10.0 / 16)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("abxcd", "abcd", 8.0 / 9)] // "ab" then "cd": M = 4
    public void Text_similarity_is_difflibs_ratio(string a, string b, double expected)
    {
        Assert.Equal(expected, TextSimilarity.Ratio(a, b), 12);
        Assert.Equal(expected, TextSimilarity.Ratio(b, a), 12);
        Assert.True(
            TextSimilarity.UpperBound(TextSimilarity.SortedCharacters(a), TextSimilarity.SortedCharacters(b))
                >= expected - 1e-12
        );
    }

    /// <summary>Pairs from Sharma, Wu and Dalal (2005), Table 1: L*a*b* inputs and ΔE00 to four decimals.</summary>
    [Theory]
    [InlineData(50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425)]
    [InlineData(50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615)]
    [InlineData(50, 2.8361, -74.0200, 50, 0, -82.7485, 3.4412)]
    [InlineData(50, 0, 0, 50, -1, 2, 2.3669)]
    [InlineData(50, 2.5, 0, 50, 0, -2.5, 4.3065)]
    [InlineData(50, 2.5, 0, 73, 25, -18, 27.1492)]
    [InlineData(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644)]
    [InlineData(2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082)]
    public void Ciede2000_matches_the_published_test_data(
        double l1,
        double a1,
        double b1,
        double l2,
        double a2,
        double b2,
        double expected
    )
    {
        Assert.Equal(expected, Ciede2000.Difference(new(l1, a1, b1), new(l2, a2, b2)), 4);
        Assert.Equal(expected, Ciede2000.Difference(new(l2, a2, b2), new(l1, a1, b1)), 4);
    }

    [Fact]
    public void Srgb_converts_to_the_standard_lab_values_and_black_against_white_scores_zero()
    {
        var red = Ciede2000.ToLab(new Rgb(255, 0, 0));
        Assert.Equal(53.24, red.L, 2);
        Assert.Equal(80.09, red.A, 1);
        Assert.Equal(67.20, red.B, 1);
        var white = Ciede2000.ToLab(new Rgb(255, 255, 255));
        Assert.Equal(100, white.L, 3);
        Assert.Equal(0, white.A, 3);
        Assert.Equal(0, Ciede2000.Similarity(Rgb.Black, new Rgb(255, 255, 255)), 3);
        Assert.Equal(1, Ciede2000.Similarity(new Rgb(17, 24, 39), new Rgb(17, 24, 39)));
    }

    [Theory]
    [InlineData("rgb(17, 24, 39)", 17, 24, 39)]
    [InlineData("rgba(255, 0, 10, 0.5)", 255, 0, 10)]
    [InlineData("rgb(1 2 3 / 50%)", 1, 2, 3)]
    [InlineData("", 0, 0, 0)]
    public void Css_colours_parse(string css, int r, int g, int b) =>
        Assert.Equal(new Rgb((byte)r, (byte)g, (byte)b), Rgb.ParseCss(css));

    [Fact]
    public void An_identical_layout_scores_one_on_every_block_metric()
    {
        var page = new[]
        {
            Block("Welcome to our shop", 0.1, 0.1),
            Block("Fresh bread every day", 0.1, 0.3),
            Block("Contact us", 0.6, 0.8),
        };

        var scores = BlockMatcher.Score(page, page);

        Assert.Equal(new BlockScores(1, 1, 1, 1, 3), scores);
    }

    [Fact]
    public void A_moved_block_lowers_position_by_exactly_its_shift_and_nothing_else()
    {
        var reference = new[] { Block("Welcome to our shop", 0.1, 0.1) };
        var moved = new[] { Block("Welcome to our shop", 0.1, 0.35) };
        var twoReference = new[] { Block("Welcome to our shop", 0.1, 0.1), Block("Opening hours", 0.5, 0.5) };
        var oneOfTwoMoved = new[] { Block("Welcome to our shop", 0.1, 0.1), Block("Opening hours", 0.62, 0.5) };

        var single = BlockMatcher.Score(reference, moved);
        var pair = BlockMatcher.Score(twoReference, oneOfTwoMoved);

        Assert.Equal(1 - 0.25, single.Position, 12);
        Assert.Equal((1, 1, 1), (single.Block, single.Text, single.Color));
        // The mean over matched pairs: one of two shifted by 0.12.
        Assert.Equal(1 - 0.12 / 2, pair.Position, 12);
    }

    [Fact]
    public void A_recoloured_block_scores_one_minus_its_ciede2000_over_100()
    {
        var (gray, red) = (new Rgb(17, 24, 39), new Rgb(220, 38, 38));
        var reference = new[] { Block("Our story", 0.1, 0.1, color: gray) };
        var recoloured = new[] { Block("Our story", 0.1, 0.1, color: red) };

        var scores = BlockMatcher.Score(reference, recoloured);

        var expected = 1 - Ciede2000.Difference(Ciede2000.ToLab(gray), Ciede2000.ToLab(red)) / 100;
        Assert.Equal(expected, scores.Color, 12);
        Assert.InRange(scores.Color, 0.3, 0.8);
        Assert.Equal((1, 1, 1), (scores.Block, scores.Text, scores.Position));
    }

    [Fact]
    public void An_empty_prediction_or_one_with_no_similar_text_scores_zero()
    {
        var reference = new[] { Block("Welcome to our shop", 0.1, 0.1) };

        Assert.Equal(BlockScores.Zero, BlockMatcher.Score(reference, []));
        Assert.Equal(BlockScores.Zero, BlockMatcher.Score([], reference));
        Assert.Equal(BlockScores.Zero, BlockMatcher.Score(reference, [Block("zzzz qqqq", 0.1, 0.1)]));
    }

    [Fact]
    public void Unmatched_area_lowers_block_match_by_its_share_of_all_area()
    {
        var reference = new[] { Block("Welcome to our shop", 0.1, 0.1), Block("Opening hours", 0.1, 0.5, 0.4, 0.1) };
        var missing = new[] { Block("Welcome to our shop", 0.1, 0.1) };

        var scores = BlockMatcher.Score(reference, missing);

        // Matched: 2 × 0.01; all: 0.01 + 0.01 + 0.04.
        Assert.Equal(0.02 / 0.06, scores.Block, 12);
        Assert.Equal((1, 1, 1, 1), (scores.Text, scores.Position, scores.Color, scores.Matched));
    }

    [Fact]
    public void The_block_matcher_is_symmetric_when_no_block_needs_merging()
    {
        var a = new[]
        {
            Block("Fresh bread every day", 0.1, 0.1),
            Block("Opening hours", 0.5, 0.3),
            Block("Call us now", 0.2, 0.9, color: new Rgb(200, 0, 0)),
        };
        var b = new[]
        {
            Block("Fresh bred every day!", 0.12, 0.1),
            Block("Opening times", 0.5, 0.4, 0.3),
            Block("Call us today", 0.2, 0.85),
        };

        Assert.Equal(BlockMatcher.Score(a, b), BlockMatcher.Score(b, a));
    }

    [Fact]
    public void Adjacent_blocks_split_across_lines_are_merged_when_that_matches_better()
    {
        var reference = new[] { Block("Fresh bread baked every single morning", 0.1, 0.1, 0.6, 0.05) };
        var split = new[]
        {
            Block("Fresh bread baked", 0.1, 0.1, 0.3, 0.05),
            Block("every single morning", 0.1, 0.15, 0.3, 0.05),
        };

        var scores = BlockMatcher.Score(reference, split);

        Assert.Equal(1, scores.Text, 12);
        Assert.Equal(1, scores.Matched);
    }

    [Fact]
    public void Tree_bleu_counts_the_references_height_one_subtrees_found_in_the_prediction()
    {
        ElementBox E(string tag, int parent) => new(tag, parent, 0, 0, 1, 1, true, "", "", 16, 400);
        // html(body) body(div,footer) div(h1,p) footer(p): four subtrees.
        var reference = new[]
        {
            E("html", -1),
            E("body", 0),
            E("div", 1),
            E("h1", 2),
            E("p", 2),
            E("footer", 1),
            E("p", 5),
        };
        // html(body) body(div) div(h1,p): two of the four, and nothing else.
        var predicted = new[] { E("html", -1), E("body", 0), E("div", 1), E("h1", 2), E("p", 2) };

        Assert.Equal((1.0, 1.0), TreeBleu.Score(reference, reference));
        var (recall, precision) = TreeBleu.Score(reference, predicted);
        Assert.Equal(2 / 4.0, recall, 12);
        Assert.Equal(2 / 3.0, precision, 12);
        Assert.Equal((0.0, 0.0), TreeBleu.Score(reference, []));
    }

    [Fact]
    public void Ssim_is_one_for_identical_images_and_lower_for_a_changed_one()
    {
        const int W = 40,
            H = 30;
        var image = new float[W * H];
        for (var i = 0; i < image.Length; i++)
            image[i] = (i % W) / (float)W * ((i / W) % 7) / 7f;
        var flat = Enumerable.Repeat(0.5f, W * H).ToArray();

        Assert.Equal(1, Ssim.Compute(image, image, W, H), 6);
        Assert.InRange(Ssim.Compute(image, flat, W, H), -1, 0.5);
        Assert.Equal(Ssim.Compute(image, flat, W, H), Ssim.Compute(flat, image, W, H), 6);
    }

    [Fact]
    public void The_bootstrap_interval_is_reproducible_and_holds_the_mean()
    {
        var values = Enumerable.Range(0, 50).Select(i => (i * 37 % 50) / 50.0).ToArray();

        var first = EvalSummary.Bootstrap(values, 7);
        var second = EvalSummary.Bootstrap(values, 7);

        Assert.Equal(first, second);
        Assert.InRange(values.Average(), first.Low, first.High);
        Assert.True(first.High - first.Low is > 0.05 and < 0.4, $"{first}");
        Assert.Equal((0.5, 0.5), EvalSummary.Bootstrap([0.5, 0.5, 0.5], 1));
    }
}
