namespace WebSight.Core.Styling;

/// <summary>
/// Tidies the declarations inside each rule without changing what the rule does: a declaration a later one of the
/// same property overrides goes, and a rule's padding or margin sides are written as one shorthand when the rule
/// sets all four (<c>padding: .5rem 1rem</c>) or as <c>padding-block</c>/<c>padding-inline</c> for an equal pair.
/// </summary>
internal static class RuleBodies
{
    private static readonly string[] Sides = ["top", "right", "bottom", "left"];

    /// <param name="horizontal">No rule sets a writing mode, so the logical block/inline sides are top/bottom and left/right.</param>
    public static List<CssNode> Tidy(List<CssNode> nodes, bool horizontal) =>
        nodes
            .Select(node =>
                node switch
                {
                    CssStyleRule rule when rule.Body.All(n => n is CssDeclaration) => rule with
                    {
                        Body = Shorten(Shorten(Deduplicate(rule.Body), "padding", horizontal), "margin", horizontal),
                    },
                    CssAtRule { HoldsRules: true } block => block with { Body = Tidy(block.Body!, horizontal) },
                    _ => node,
                }
            )
            .ToList();

    /// <summary>
    /// Drops a declaration that a later one of the same property in the rule overrides; a later value with a vendor
    /// prefix may be one Chromium ignores (a fallback pair), so that pair stays.
    /// </summary>
    private static List<CssNode> Deduplicate(List<CssNode> body)
    {
        var declarations = body.Cast<CssDeclaration>().ToList();
        return declarations
            .Where(
                (d, i) =>
                    !declarations
                        .Skip(i + 1)
                        .Any(later =>
                            later.Property == d.Property
                            && !later.Value.Contains("-webkit-", StringComparison.Ordinal)
                            && !later.Value.Contains("-moz-", StringComparison.Ordinal)
                            && !d.Value.Contains("!important", StringComparison.OrdinalIgnoreCase)
                        )
            )
            .Cast<CssNode>()
            .ToList();
    }

    private static List<CssNode> Shorten(List<CssNode> body, string box, bool horizontal)
    {
        var sides = new string?[4];
        var first = -1;
        var count = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var declaration = (CssDeclaration)body[i];
            if (!declaration.Property.StartsWith(box, StringComparison.Ordinal))
                continue;
            if (
                declaration.Value.Contains("var(", StringComparison.Ordinal)
                || declaration.Value.Contains('!')
                || !Assign(sides, declaration.Property[box.Length..], declaration.Value, horizontal)
            )
                return body;
            first = first < 0 ? i : first;
            count++;
        }
        if (count < 2)
            return body;
        var replacement = new List<CssNode>();
        if (sides.All(s => s is not null))
            replacement.Add(new CssDeclaration(box, Shorthand(sides!)));
        else
        {
            AddPair(replacement, sides, box, "block", 0, 2, horizontal);
            AddPair(replacement, sides, box, "inline", 3, 1, horizontal);
            for (var side = 0; side < 4; side++)
            {
                if (sides[side] is { } value)
                    replacement.Add(new CssDeclaration($"{box}-{Sides[side]}", value));
            }
        }
        var result = body.Where(n => !((CssDeclaration)n).Property.StartsWith(box, StringComparison.Ordinal)).ToList();
        result.InsertRange(
            body.Take(first).Count(n => !((CssDeclaration)n).Property.StartsWith(box, StringComparison.Ordinal)),
            replacement
        );
        return result;
    }

    /// <summary>Writes an equal pair of sides as its logical shorthand and clears them.</summary>
    private static void AddPair(
        List<CssNode> into,
        string?[] sides,
        string box,
        string axis,
        int a,
        int b,
        bool horizontal
    )
    {
        if (horizontal && sides[a] is { } value && sides[b] == value)
        {
            into.Add(new CssDeclaration($"{box}-{axis}", value));
            sides[a] = sides[b] = null;
        }
    }

    /// <summary>Records what a declaration sets, by side; false for one this does not read (logical start/end sides).</summary>
    private static bool Assign(string?[] sides, string suffix, string value, bool horizontal)
    {
        if (value.Contains('('))
            return false;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (suffix)
        {
            case "" when parts.Length is >= 1 and <= 4:
                sides[0] = parts[0];
                sides[1] = parts.Length > 1 ? parts[1] : parts[0];
                sides[2] = parts.Length > 2 ? parts[2] : parts[0];
                sides[3] = parts.Length > 3 ? parts[3] : sides[1];
                return true;
            case "-top" or "-right" or "-bottom" or "-left":
                sides[Array.IndexOf(Sides, suffix[1..])] = value;
                return true;
            // Inline start is left only left to right: an inline pair is read only when both are the same.
            case "-block"
            or "-inline" when horizontal && (parts.Length == 1 || (parts.Length == 2 && parts[0] == parts[1])):
                var (start, end) = suffix == "-block" ? (0, 2) : (3, 1);
                sides[start] = parts[0];
                sides[end] = parts.Length > 1 ? parts[1] : parts[0];
                return true;
            default:
                return false;
        }
    }

    private static string Shorthand(string[] s) =>
        s[1] != s[3] ? string.Join(' ', s)
        : s[0] != s[2] ? $"{s[0]} {s[1]} {s[2]}"
        : s[0] != s[1] ? $"{s[0]} {s[1]}"
        : s[0];
}
