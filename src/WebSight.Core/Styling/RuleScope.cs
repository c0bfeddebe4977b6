namespace WebSight.Core.Styling;

/// <summary>
/// Which elements a rule can style (the classes or the tag its selectors end on, or any element), which properties
/// it sets (grouped so a shorthand and its longhands, or a logical and a physical side, fall together) and with what
/// specificity. Two rules whose scopes do not conflict can swap places without changing the page: they style other
/// elements or other properties, or one of them always wins on specificity.
/// </summary>
internal sealed class RuleScope
{
    private static readonly string[] LegacyPseudoElements = [":before", ":after", ":first-line", ":first-letter"];

    /// <summary>What one selector styles: a box (an element, "", or one of its pseudo-elements) with classes or a tag.</summary>
    private sealed record Subject(string Box, List<string> Classes, string? Tag)
    {
        public bool Any => Classes.Count == 0 && Tag is null;

        public bool Meets(Subject other) =>
            Box == other.Box
            && (
                Any
                || other.Any
                || Classes.Intersect(other.Classes, StringComparer.Ordinal).Any()
                || (Tag is not null && (Tag == other.Tag || other.Classes.Count > 0))
                || (Classes.Count > 0 && other.Tag is not null)
            );
    }

    private readonly List<Subject> _subjects = [];
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private readonly HashSet<int> _specificities = [];
    private bool _anyElement;
    private bool _anyProperty;
    private bool _anySpecificity;

    /// <summary>The scope of a node, or null for one that styles nothing (an @property, a layer order statement).</summary>
    public static RuleScope? Of(CssNode node)
    {
        var scope = new RuleScope();
        scope.Add(node);
        return scope._families.Count == 0 && !scope._anyProperty ? null : scope;
    }

    /// <summary>True when every declaration of this rule beats every one of the other rule (in the same layer) on specificity.</summary>
    public bool AlwaysOutranks(RuleScope other) =>
        !_anySpecificity
        && !other._anySpecificity
        && _specificities.Count > 0
        && other._specificities.Count > 0
        && _specificities.Min() > other._specificities.Max();

    public bool Conflicts(RuleScope other) =>
        SharesElements(other)
        && (_anyProperty || other._anyProperty || _families.Overlaps(other._families))
        && (_anySpecificity || other._anySpecificity || _specificities.Overlaps(other._specificities));

    /// <summary>
    /// Whether one box can match both: the same element (a tag and a class may always meet) or the same
    /// pseudo-element of one; an element and a pseudo-element are different boxes.
    /// </summary>
    public bool SharesElements(RuleScope other) =>
        _anyElement || other._anyElement || _subjects.Any(a => other._subjects.Any(a.Meets));

    private void Add(CssNode node)
    {
        switch (node)
        {
            case CssStyleRule rule:
                foreach (var selector in CssTree.SplitSelectors(rule.Selector))
                {
                    AddSubject(selector);
                    if (Specificity.Of(selector) is { } specificity)
                        _specificities.Add(specificity);
                    else
                        _anySpecificity = true;
                }
                foreach (var child in rule.Body)
                    AddBody(child);
                break;
            case CssAtRule { HoldsRules: true } block:
                // Layers rank by their order, not by specificity.
                if (block.Prelude.StartsWith("@layer", StringComparison.Ordinal))
                    _anySpecificity = true;
                foreach (var child in block.Body!)
                    Add(child);
                break;
            case CssAtRule { Body: not null } other
                when other.Prelude.StartsWith("@font-face", StringComparison.Ordinal):
                _anyProperty = _anyElement = _anySpecificity = true;
                break;
        }
    }

    /// <summary>Declarations count for the rule's own subjects; nested rules (<c>&amp;:hover</c>) too.</summary>
    private void AddBody(CssNode node)
    {
        switch (node)
        {
            case CssDeclaration declaration:
                var family = Family(declaration.Property);
                if (family == "all")
                    _anyProperty = true;
                _families.Add(family);
                break;
            case CssStyleRule nested:
                _anySpecificity = true;
                if (nested.Selector.Contains('.') || !nested.Selector.Contains('&'))
                    _anyElement = true;
                foreach (var child in nested.Body)
                    AddBody(child);
                break;
            case CssAtRule { Body: { } body }:
                foreach (var child in body)
                    AddBody(child);
                break;
        }
    }

    /// <summary>The classes the selector's last compound names outside parentheses, else its tag; else any element.</summary>
    private void AddSubject(string selector)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '\\')
                i++;
            else if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (depth == 0 && c is ' ' or '>' or '+' or '~')
                start = i + 1;
        }
        var last = selector[start..];
        var classes = SelectorRewriter
            .ClassTokens(last)
            .Where(t => DepthAt(last, t.Start) == 0)
            .Select(t => t.Name)
            .ToList();
        var tagEnd = 0;
        while (tagEnd < last.Length && (char.IsAsciiLetterOrDigit(last[tagEnd]) || last[tagEnd] == '-'))
            tagEnd++;
        var tag =
            classes.Count == 0 && tagEnd > 0 && char.IsAsciiLetter(last[0]) ? last[..tagEnd].ToLowerInvariant() : null;
        _subjects.Add(new Subject(PseudoElement(last), classes, tag));
    }

    /// <summary>The pseudo-element a compound selects (<c>::placeholder</c>, legacy <c>:before</c>), or "" for the element.</summary>
    public static string PseudoElement(string compound)
    {
        var at = compound.IndexOf("::", StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = at + 2;
            while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] == '-'))
                end++;
            return compound[(at + 2)..end].ToLowerInvariant();
        }
        foreach (var legacy in LegacyPseudoElements)
        {
            if (
                compound.EndsWith(legacy, StringComparison.Ordinal)
                || compound.Contains(legacy + ":", StringComparison.Ordinal)
            )
                return legacy[1..];
        }
        return "";
    }

    private static int DepthAt(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index; i++)
            depth +=
                text[i] is '(' or '[' ? 1
                : text[i] is ')' or ']' ? -1
                : 0;
        return depth;
    }

    /// <summary>A property's group: shorthands with their longhands, logical with physical sides.</summary>
    private static string Family(string property)
    {
        if (property.StartsWith("--", StringComparison.Ordinal))
            return property;
        var name =
            property.StartsWith('-') && property.IndexOf('-', 1) is > 0 and var dash
                ? property[(dash + 1)..]
                : property;
        var head = name.Split('-')[0];
        return head switch
        {
            "top" or "right" or "bottom" or "left" or "inset" => "inset",
            "align" or "justify" or "place" => "align",
            "gap" or "row" or "column" or "columns" => "gap",
            "line" or "font" => "font",
            "white" or "text" or "word" or "overflow" => "text",
            "width" or "height" or "min" or "max" or "inline" or "block" or "aspect" => "size",
            _ => head,
        };
    }
}
