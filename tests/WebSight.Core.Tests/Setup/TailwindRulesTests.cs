using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Setup;

public sealed class TailwindRulesTests
{
    [Theory]
    [InlineData("container")]
    [InlineData("bg-indigo-600")]
    [InlineData("md:grid-cols-3")]
    [InlineData("hover:bg-pink-700")]
    [InlineData("2xl:container")]
    [InlineData("w-1/2")]
    [InlineData("space-y-0.5")]
    [InlineData("-mt-4")]
    [InlineData("group-hover:text-white")]
    [InlineData("focus:ring-2")]
    public void Classes_the_stylesheet_defines_are_known(string name) => Assert.True(Shared.Rules.Contains(name), name);

    [Theory]
    [InlineData("w-[300px]")]
    [InlineData("bg-sky-500")]
    [InlineData("aspect-video")]
    [InlineData("line-clamp-2")]
    [InlineData("5rem")]
    [InlineData("tailwind")]
    public void Names_it_does_not_define_are_unknown(string name) => Assert.False(Shared.Rules.Contains(name), name);

    [Fact]
    public void The_real_sheet_has_its_tens_of_thousands_of_classes()
    {
        Assert.InRange(Shared.Rules.ClassCount, 30_000, 60_000);
    }

    [Fact]
    public void Only_selectors_name_classes_not_declarations_or_comments()
    {
        var rules = TailwindRules.Parse(
            "/* .commented{} */@media (min-width:640px){.sm\\:p-4{padding:.5rem}}.a,.b:hover>.c{margin:1.5rem}"
        );
        Assert.True(rules.Contains("sm:p-4"));
        Assert.True(rules.Contains("a") && rules.Contains("b") && rules.Contains("c"));
        Assert.False(rules.Contains("commented"));
        Assert.False(rules.Contains("5rem"));
        Assert.Equal(4, rules.ClassCount);
    }

    [Fact]
    public void A_subset_keeps_base_rules_and_the_rules_of_used_classes_in_stylesheet_order_inside_their_media_blocks()
    {
        var rules = TailwindRules.Parse(
            "*,::before{box-sizing:border-box}body{margin:0}.p-4{padding:1rem}.m-2{margin:.5rem}"
                + "@keyframes spin{to{transform:rotate(360deg)}}"
                + "@media (min-width:768px){.md\\:p-8{padding:2rem}.md\\:m-4{margin:1rem}}.text-red{color:red}"
        );
        var subset = Encoding.UTF8.GetString(rules.SubsetFor(["text-red", "md:p-8", "p-4", "unknown"]));
        Assert.Equal(
            "*,::before{box-sizing:border-box}body{margin:0}.p-4{padding:1rem}"
                + "@keyframes spin{to{transform:rotate(360deg)}}"
                + "@media (min-width:768px){.md\\:p-8{padding:2rem}}.text-red{color:red}",
            subset
        );
    }

    [Fact]
    public void A_page_subset_of_the_real_sheet_is_a_small_fraction_of_it()
    {
        var page = Shared.Generator.Generate(WebSight.Core.Foundation.SampleSpec.For(1, 1)).Html;
        var subset = Shared.Resources().StylesheetFor(page);
        Assert.InRange(subset.Length, 2_000, Shared.Tailwind.Bytes.Length / 20);
        Assert.Contains(".bg-white{", Encoding.UTF8.GetString(subset));
    }
}
