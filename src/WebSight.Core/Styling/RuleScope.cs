namespace WebSight.Core.Styling;

/// <summary>
/// Which elements a rule can style (the classes its selectors end on, or any element) and which properties it
/// sets (grouped so a shorthand and its longhands, or a logical and a physical side, fall together). Two rules
/// whose scopes do not conflict can swap places without changing the page.
/// </summary>
internal sealed class RuleScope
{
    private readonly HashSet<string> _subjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    private bool _anyElement;
    private bool _anyProperty;

    /// <summary>The scope of a node, or null for one that styles nothing (an @property, a layer order statement).</summary>
    public static RuleScope? Of(CssNode node)
    {
        var scope = new RuleScope();
        scope.Add(node);
        return scope._families.Count == 0 && !scope._anyProperty ? null : scope;
    }

    public bool Conflicts(RuleScope other)
    {
        var sameElements = _anyElement || other._anyElement || _subjects.Overlaps(other._subjects);
        return sameElements && (_anyProperty || other._anyProperty || _families.Overlaps(other._families));
    }

    private void Add(CssNode node)
    {
        switch (node)
        {
            case CssStyleRule rule:
                foreach (var selector in CssTree.SplitSelectors(rule.Selector))
                    AddSubject(selector);
                foreach (var child in rule.Body)
                    AddBody(child);
                break;
            case CssAtRule { HoldsRules: true } block:
                foreach (var child in block.Body!)
                    Add(child);
                break;
            case CssAtRule { Body: not null } other
                when other.Prelude.StartsWith("@font-face", StringComparison.Ordinal):
                _anyProperty = _anyElement = true;
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

    /// <summary>The classes the selector's last compound names outside parentheses; any element when none.</summary>
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
        if (classes.Count == 0)
            _anyElement = true;
        else
            _subjects.UnionWith(classes);
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
