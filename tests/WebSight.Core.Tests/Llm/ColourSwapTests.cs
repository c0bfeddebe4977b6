using WebSight.Core.Generation;
using WebSight.Core.Llm;

namespace WebSight.Core.Tests.Llm;

public sealed class ColourSwapTests
{
    private const string Html =
        "<body class=\"bg-blue-50\"><a class=\"bg-blue-500 hover:text-blue-700 border-blue-300 from-blue-400\">Our blue boats</a><img src=\"https://source.unsplash.com/random/80x80/?blue-500\"><p class=\"text-blue-500x\">x</p></body>";

    [Fact]
    public void Only_tailwind_colour_utilities_change_never_the_text()
    {
        var swap = new ColourSwap("blue");
        var html = swap.Apply(Html, "green");
        Assert.Contains("bg-green-50\"", html);
        Assert.Contains("bg-green-500 hover:text-green-700 border-green-300 from-green-400", html);
        Assert.Contains("Our blue boats", html);
        Assert.Contains("?blue-500", html);
        Assert.Contains("text-blue-500x", html);
    }

    [Fact]
    public void The_replacement_is_a_palette_colour_other_than_the_swapped_one_and_repeats_for_a_seed()
    {
        var swap = new ColourSwap("blue");
        var picks = Enumerable.Range(0, 200).Select(seed => swap.Pick(new Random(seed))).ToList();
        Assert.DoesNotContain("blue", picks);
        Assert.Equal(PageTheme.Colours.Where(c => c != "blue").Order(), picks.Distinct().Order());
        Assert.Equal(picks, Enumerable.Range(0, 200).Select(seed => swap.Pick(new Random(seed))));
    }
}
