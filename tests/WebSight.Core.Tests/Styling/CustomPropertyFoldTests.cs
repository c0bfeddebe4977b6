using WebSight.Core.Styling;

namespace WebSight.Core.Tests.Styling;

/// <summary>Which custom-property references the css output resolves to literals, and which it must keep.</summary>
public sealed class CustomPropertyFoldTests
{
    private static string Fold(string css, string foreign = "") =>
        CssWriter.Write(SheetRewrite.DropUnused(CustomPropertyFold.Fold(CssTree.Parse(css), foreign), foreign));

    [Fact]
    public void A_constant_opacity_becomes_a_hex_colour_and_its_variable_goes()
    {
        var css = Fold(".card-title{--tw-text-opacity:1;color:rgba(55,48,163,var(--tw-text-opacity))}");
        Assert.Equal(".card-title {\n  color: #3730a3;\n}\n", css);
    }

    [Fact]
    public void A_hover_rule_that_changes_the_variable_for_the_same_class_keeps_it()
    {
        const string sheet =
            ".card-link{--tw-text-opacity:1;color:rgba(55,48,163,var(--tw-text-opacity))}"
            + ".card-link:hover{--tw-text-opacity:0.5}";
        Assert.Equal(
            ".card-link {\n  --tw-text-opacity: 1;\n  color: rgba(55,48,163,var(--tw-text-opacity));\n}\n"
                + ".card-link:hover {\n  --tw-text-opacity: 0.5;\n}\n",
            Fold(sheet)
        );
    }

    [Fact]
    public void A_group_hover_rule_on_another_class_does_not_stop_the_fold_of_an_unrelated_one()
    {
        const string sheet =
            ".hero-title{--tw-text-opacity:1;color:rgb(55 48 163 / var(--tw-text-opacity, 1))}"
            + ".hero-card:hover .hero-text{--tw-text-opacity:0.5;color:rgb(0 0 0 / var(--tw-text-opacity, 1))}";
        Assert.Equal(
            ".hero-title {\n  color: #3730a3;\n}\n" + ".hero-card:hover .hero-text {\n  color: rgb(0 0 0 / 0.5);\n}\n",
            Fold(sheet)
        );
    }

    [Fact]
    public void A_universal_default_is_hidden_by_a_class_that_sets_its_own_shadow()
    {
        const string sheet =
            "*,::after,::before{--tw-ring-shadow:0 0 #0000;--tw-shadow:0 0 #0000}"
            + ".card{--tw-shadow:0 1px 2px 0 rgba(0,0,0,0.05);"
            + "box-shadow:var(--tw-ring-offset-shadow,0 0 #0000),var(--tw-ring-shadow,0 0 #0000),var(--tw-shadow)}";
        Assert.Equal(".card {\n  box-shadow: 0 1px 2px 0 rgba(0,0,0,0.05);\n}\n", Fold(sheet));
    }

    [Fact]
    public void A_space_between_calc_chain_becomes_plain_margins()
    {
        const string sheet =
            ".list>:not([hidden])~:not([hidden]){--tw-space-y-reverse:0;"
            + "margin-top:calc(.75rem * calc(1 - var(--tw-space-y-reverse)));"
            + "margin-bottom:calc(.75rem * var(--tw-space-y-reverse))}";
        Assert.Equal(
            ".list>:not([hidden])~:not([hidden]) {\n  margin-top: 0.75rem;\n  margin-bottom: 0;\n}\n",
            Fold(sheet)
        );
    }

    [Fact]
    public void Theme_variables_on_the_root_and_registered_internals_resolve_in_layers()
    {
        const string sheet = """
            @layer properties;
            @layer theme, utilities;
            @layer theme { :root, :host { --spacing: 0.25rem; --color-indigo-700: oklch(45.7% 0.24 277.023); } }
            @layer utilities {
              .card { padding: calc(var(--spacing) * 1.5); color: var(--color-indigo-700);
                --tw-shadow: 0 1px 2px 0 var(--tw-shadow-color, rgb(0 0 0 / 0.05));
                box-shadow: var(--tw-ring-shadow), var(--tw-shadow); }
            }
            @property --tw-shadow { syntax: "*"; inherits: false; initial-value: 0 0 #0000; }
            @property --tw-shadow-color { syntax: "*"; inherits: false; }
            @property --tw-ring-shadow { syntax: "*"; inherits: false; initial-value: 0 0 #0000; }
            @layer properties { @supports (-webkit-hyphens: none) { *, ::before, ::after {
              --tw-shadow: 0 0 #0000; --tw-shadow-color: initial; --tw-ring-shadow: 0 0 #0000; } } }
            """;
        Assert.Equal(
            "@layer properties;\n@layer theme, utilities;\n@layer utilities {\n  .card {\n    padding: 0.375rem;\n"
                + "    color: oklch(45.7% 0.24 277.023);\n    box-shadow: 0 1px 2px 0 rgb(0 0 0 / 0.05);\n  }\n}\n",
            Fold(sheet)
        );
    }

    [Fact]
    public void A_theme_variable_a_class_overrides_for_its_subtree_stays()
    {
        const string sheet = ":root{--spacing:0.25rem}.dense{--spacing:0.2rem}.card{padding:calc(var(--spacing) * 4)}";
        Assert.Equal(
            ":root {\n  --spacing: 0.25rem;\n}\n.dense {\n  --spacing: 0.2rem;\n}\n"
                + ".card {\n  padding: calc(var(--spacing) * 4);\n}\n",
            Fold(sheet)
        );
    }

    [Fact]
    public void A_variable_the_page_sets_in_a_style_attribute_stays()
    {
        const string sheet = ".bar{--tw-bg-opacity:1;background-color:rgba(0,0,0,var(--tw-bg-opacity))}";
        Assert.Equal(
            ".bar {\n  --tw-bg-opacity: 1;\n  background-color: rgba(0,0,0,var(--tw-bg-opacity));\n}\n",
            Fold(sheet, "--tw-bg-opacity: 0.3")
        );
    }
}
