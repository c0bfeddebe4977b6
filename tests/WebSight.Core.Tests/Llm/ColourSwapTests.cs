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

    [Fact]
    public void In_plain_css_blues_of_any_shade_turn_to_the_replacement_hue_and_greys_selectors_and_text_stay()
    {
        const string page =
            "<html><head><style>#fade { color: #007bff; }\n.cta:hover { background: rgba(29,161,242,0.5); border-color: #ccc; }\n.x { color: #e11d48 }</style></head>"
            + "<body><p style=\"color:#3b82f6\">Ticket #add costs #bad money</p></body></html>";

        var html = new ColourSwap("blue").Apply(page, "green");

        Assert.Contains("#fade {", html);
        Assert.Contains("border-color: #ccc;", html);
        Assert.Contains("color: #e11d48", html);
        Assert.Contains("Ticket #add costs #bad money", html);
        Assert.DoesNotContain("#007bff", html);
        Assert.DoesNotContain("#3b82f6", html);
        Assert.DoesNotContain("rgba(29,161,242,", html);
        foreach (var hex in new[] { Between(html, "#fade { color: ", ";"), Between(html, "style=\"color:", "\"") })
        {
            var (hue, saturation) = HueOf(hex);
            Assert.InRange(hue, 128, 172);
            Assert.True(saturation > 0.5, $"{hex} lost its saturation");
        }
        Assert.Contains(",0.5)", html);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static (double Hue, double Saturation) HueOf(string hex)
    {
        var c = System.Drawing.ColorTranslator.FromHtml(hex);
        return (c.GetHue(), c.GetSaturation());
    }
}
