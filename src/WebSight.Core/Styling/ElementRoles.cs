using AngleSharp.Dom;

namespace WebSight.Core.Styling;

/// <summary>What an element is for, from its tag, its place and its utilities: the second half of its class name.</summary>
internal static class ElementRoles
{
    /// <param name="headings">Headings seen so far in the section: the first one is its title.</param>
    public static string Of(IElement element, IReadOnlyList<string> utilities, ref int headings)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return headings++ == 0 ? "title"
                    : element.LocalName is "h1" or "h2" ? "heading"
                    : "subheading";
            case "a":
                return LooksLikeButton(utilities) ? "button" : "link";
            case "input":
                return element.GetAttribute("type")?.ToLowerInvariant() switch
                {
                    "checkbox" or "radio" => "check",
                    "submit" or "button" or "reset" => "button",
                    _ => "field",
                };
            case "div":
                return Box(utilities);
        }
        return Tags.GetValueOrDefault(element.LocalName, element.LocalName is { Length: <= 12 } tag ? tag : "part");
    }

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["p"] = "text",
        ["blockquote"] = "quote",
        ["span"] = "detail",
        ["strong"] = "strong",
        ["b"] = "strong",
        ["em"] = "emphasis",
        ["i"] = "emphasis",
        ["small"] = "note",
        ["button"] = "button",
        ["select"] = "select",
        ["textarea"] = "field",
        ["label"] = "label",
        ["form"] = "form",
        ["img"] = "image",
        ["svg"] = "icon",
        ["path"] = "icon-path",
        ["ul"] = "list",
        ["ol"] = "list",
        ["li"] = "item",
        ["dl"] = "list",
        ["dt"] = "term",
        ["dd"] = "detail",
        ["table"] = "table",
        ["thead"] = "table-head",
        ["tbody"] = "table-body",
        ["tr"] = "row",
        ["th"] = "header-cell",
        ["td"] = "cell",
        ["nav"] = "nav",
        ["header"] = "header",
        ["footer"] = "footer",
        ["main"] = "main",
        ["aside"] = "sidebar",
        ["section"] = "block",
        ["article"] = "card",
        ["hr"] = "divider",
        ["figure"] = "figure",
        ["figcaption"] = "caption",
        ["pre"] = "code",
        ["code"] = "code",
    };

    private static bool Has(IReadOnlyList<string> utilities, Func<string, bool> test) => utilities.Any(test);

    private static bool LooksLikeButton(IReadOnlyList<string> utilities) =>
        Has(utilities, u => u.StartsWith("bg-", StringComparison.Ordinal) && u != "bg-transparent")
        && Has(
            utilities,
            u => u.StartsWith("px-", StringComparison.Ordinal) || u.StartsWith("p-", StringComparison.Ordinal)
        );

    private static string Box(IReadOnlyList<string> utilities)
    {
        if (Has(utilities, u => u is "grid" or "inline-grid"))
            return "grid";
        if (Has(utilities, u => u is "flex" or "inline-flex"))
            return Has(utilities, u => u.StartsWith("flex-col", StringComparison.Ordinal)) ? "stack" : "row";
        if (
            Has(
                utilities,
                u =>
                    u.StartsWith("shadow", StringComparison.Ordinal)
                    || u.StartsWith("rounded", StringComparison.Ordinal)
                    || u == "border"
                    || (u.StartsWith("bg-", StringComparison.Ordinal) && u != "bg-transparent")
            )
        )
            return "card";
        if (Has(utilities, u => u.StartsWith("max-w-", StringComparison.Ordinal) || u == "container"))
            return "container";
        return "box";
    }
}
