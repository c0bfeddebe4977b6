using WebSight.Core.Styling;

namespace WebSight.Core.Tests.Styling;

/// <summary>How the css output merges repeated reset rules and writes box sides, with the cascade unchanged.</summary>
public sealed class SheetTidyTests
{
    private static string Tidy(string css) => CssWriter.Write(SheetTidy.Tidy(CssTree.Parse(css)));

    [Fact]
    public void Repeated_reset_rules_merge_into_one_each_and_the_later_declaration_wins()
    {
        const string sheet =
            "*,::after,::before{box-sizing:border-box}html{line-height:1.15}body{margin:0}"
            + "table{border-color:inherit}h1,h2,p{margin:0}html{line-height:1.5}"
            + "*,::after,::before{box-sizing:border-box;border-width:0;border-color:currentColor}"
            + "h1,h2{font-size:inherit}*,::after,::before{border-color:#e5e7eb}";
        Assert.Equal(
            "*, ::after, ::before {\n  box-sizing: border-box;\n  border-width: 0;\n  border-color: #e5e7eb;\n}\n"
                + "html {\n  line-height: 1.5;\n}\nbody, p {\n  margin: 0;\n}\ntable {\n  border-color: inherit;\n}\n"
                + "h1, h2 {\n  margin: 0;\n  font-size: inherit;\n}\n",
            Tidy(sheet)
        );
    }

    [Fact]
    public void A_rule_of_the_same_specificity_between_keeps_two_blocks_apart()
    {
        // Moving the second hover rule up past the focus rule would let focus win for a hovered, focused element.
        const string sheet = ".a:hover{color:red}.a:focus{color:blue}.a:hover{color:green}";
        Assert.Equal(
            ".a:hover {\n  color: red;\n}\n.a:focus {\n  color: blue;\n}\n.a:hover {\n  color: green;\n}\n",
            Tidy(sheet)
        );
    }

    [Fact]
    public void Four_sides_become_one_shorthand_and_equal_pairs_a_logical_one()
    {
        const string sheet =
            ".card{padding-left:1rem;padding-right:1rem;padding-top:.5rem;padding-bottom:.5rem;color:red}"
            + ".link{margin-left:auto;margin-right:auto;margin-top:1rem}"
            + ".cell{padding-top:.5rem;padding-bottom:.5rem;padding-right:1rem}";
        Assert.Equal(
            ".card {\n  padding: .5rem 1rem;\n  color: red;\n}\n"
                + ".link {\n  margin-inline: auto;\n  margin-top: 1rem;\n}\n"
                + ".cell {\n  padding-block: .5rem;\n  padding-right: 1rem;\n}\n",
            Tidy(sheet)
        );
    }

    [Fact]
    public void Sides_set_by_a_variable_or_a_logical_start_are_left_as_written()
    {
        const string sheet =
            ".a{padding-left:var(--x);padding-right:1rem}.b{padding-inline-start:1rem;padding-left:2rem;padding-right:2rem}";
        Assert.Equal(
            ".a {\n  padding-left: var(--x);\n  padding-right: 1rem;\n}\n"
                + ".b {\n  padding-inline-start: 1rem;\n  padding-left: 2rem;\n  padding-right: 2rem;\n}\n",
            Tidy(sheet)
        );
    }
}
