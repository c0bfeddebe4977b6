using System.Text;

namespace WebSight.Core.Styling;

/// <summary>One item of a stylesheet or block: a declaration, a rule with a selector, or an at-rule.</summary>
internal abstract record CssNode;

/// <summary><c>property: value</c>, the value as written (with <c>!important</c> if any).</summary>
internal sealed record CssDeclaration(string Property, string Value) : CssNode;

/// <summary>A style rule; its body holds declarations and, in nested CSS (Tailwind 4), rules and at-rules.</summary>
internal sealed record CssStyleRule(string Selector, List<CssNode> Body) : CssNode;

/// <summary>An at-rule: a block (<c>@media</c>, <c>@layer x {…}</c>, <c>@property</c>) or a statement (<c>Body</c> null).</summary>
internal sealed record CssAtRule(string Prelude, List<CssNode>? Body) : CssNode
{
    /// <summary>Blocks of rules (media, supports, layer, container); other at-rules hold declarations or frames.</summary>
    public bool HoldsRules =>
        Body is not null
        && (
            Prelude.StartsWith("@media", StringComparison.Ordinal)
            || Prelude.StartsWith("@supports", StringComparison.Ordinal)
            || Prelude.StartsWith("@layer", StringComparison.Ordinal)
            || Prelude.StartsWith("@container", StringComparison.Ordinal)
        );
}

/// <summary>
/// A small CSS reader for the stylesheets Tailwind makes: comments dropped, strings and parentheses respected,
/// nested blocks read as nodes. It does not validate; what it cannot read as a rule it keeps as text.
/// </summary>
internal static class CssTree
{
    public static List<CssNode> Parse(string css)
    {
        var position = 0;
        return ReadBlock(StripComments(css), ref position);
    }

    private static List<CssNode> ReadBlock(string css, ref int position)
    {
        var nodes = new List<CssNode>();
        while (true)
        {
            while (position < css.Length && (char.IsWhiteSpace(css[position]) || css[position] == ';'))
                position++;
            if (position >= css.Length)
                return nodes;
            if (css[position] == '}')
            {
                position++;
                return nodes;
            }
            var end = NextStop(css, position);
            var head = css[position..end].Trim();
            if (end >= css.Length || css[end] != '{')
            {
                // A closing brace ends the block as well as the declaration: it is read on the next turn.
                position = end < css.Length && css[end] == '}' ? end : Math.Min(end + 1, css.Length);
                nodes.Add(head.StartsWith('@') ? new CssAtRule(head, null) : Declaration(head));
                continue;
            }
            position = end + 1;
            var body = ReadBlock(css, ref position);
            nodes.Add(head.StartsWith('@') ? new CssAtRule(Squash(head), body) : new CssStyleRule(Squash(head), body));
        }
    }

    private static CssDeclaration Declaration(string text)
    {
        var colon = text.IndexOf(':');
        return colon < 0
            ? new CssDeclaration(text, "")
            : new CssDeclaration(text[..colon].Trim(), OneLine(text[(colon + 1)..].Trim()));
    }

    /// <summary>The index of the next <c>{</c>, <c>;</c> or <c>}</c> outside strings and parentheses.</summary>
    private static int NextStop(string css, int position)
    {
        var depth = 0;
        for (var i = position; i < css.Length; i++)
        {
            var c = css[i];
            if (c is '"' or '\'')
                i = StringEnd(css, i);
            else if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '{' or ';' or '}')
                return i;
        }
        return css.Length;
    }

    private static int StringEnd(string css, int open)
    {
        for (var i = open + 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
                i++;
            else if (css[i] == css[open])
                return i;
        }
        return css.Length;
    }

    private static string StripComments(string css)
    {
        var builder = new StringBuilder(css.Length);
        var depth = 0;
        for (var i = 0; i < css.Length; i++)
        {
            depth +=
                css[i] == '(' ? 1
                : css[i] == ')' && depth > 0 ? -1
                : 0;
            if (css[i] is '"' or '\'')
            {
                var end = Math.Min(StringEnd(css, i), css.Length - 1);
                builder.Append(css, i, end - i + 1);
                i = end;
            }
            // Inside a value's parentheses a comment can be the value (2.2.19's empty `var(--tw-empty,/*!*/ /*!*/)`).
            else if (depth == 0 && css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
            }
            else
                builder.Append(css[i]);
        }
        return builder.ToString();
    }

    /// <summary>A prelude on one line with single spaces (selectors and media queries are written across lines).</summary>
    private static string Squash(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A value written across lines on one line (a CSS string cannot hold a raw line break).</summary>
    private static string OneLine(string value) =>
        value.Contains('\n')
            ? string.Join(' ', value.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
            : value;

    /// <summary>Splits a selector list at its top-level commas.</summary>
    public static List<string> SplitSelectors(string selector)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c is '"' or '\'')
                i = StringEnd(selector, i);
            else if (c == '\\')
                i++;
            else if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (c == ',' && depth == 0)
            {
                parts.Add(selector[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(selector[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }
}
