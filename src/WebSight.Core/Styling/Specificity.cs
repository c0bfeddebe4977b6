namespace WebSight.Core.Styling;

/// <summary>
/// The specificity of a plain selector (ids, classes/attributes/pseudo-classes, types/pseudo-elements) as one
/// number, or null for one with a functional pseudo-class (<c>:not()</c>, <c>:where()</c>, …), which is not worked out.
/// </summary>
internal static class Specificity
{
    private static readonly HashSet<string> LegacyPseudoElements = new(StringComparer.Ordinal)
    {
        "before",
        "after",
        "first-line",
        "first-letter",
    };

    public static int? Of(string selector)
    {
        if (selector.Contains('('))
            return null;
        int ids = 0,
            classes = 0,
            types = 0;
        var compoundStart = true;
        for (var i = 0; i < selector.Length; )
        {
            var c = selector[i];
            if (c is ' ' or '>' or '+' or '~')
            {
                compoundStart = true;
                i++;
                continue;
            }
            var atStart = compoundStart;
            compoundStart = false;
            switch (c)
            {
                case '#':
                    ids++;
                    i = IdentEnd(selector, i + 1);
                    break;
                case '.':
                    classes++;
                    i = IdentEnd(selector, i + 1);
                    break;
                case '[':
                    classes++;
                    var close = selector.IndexOf(']', i);
                    i = close < 0 ? selector.Length : close + 1;
                    break;
                case ':' when i + 1 < selector.Length && selector[i + 1] == ':':
                    types++;
                    i = IdentEnd(selector, i + 2);
                    break;
                case ':':
                    var end = IdentEnd(selector, i + 1);
                    if (LegacyPseudoElements.Contains(selector[(i + 1)..end]))
                        types++;
                    else
                        classes++;
                    i = end;
                    break;
                case '*':
                    i++;
                    break;
                default:
                    if (!atStart || !(char.IsAsciiLetter(c) || c == '-'))
                        return null;
                    types++;
                    i = IdentEnd(selector, i);
                    break;
            }
        }
        return ids * 1_000_000 + classes * 1_000 + types;
    }

    private static int IdentEnd(string selector, int i)
    {
        while (i < selector.Length)
        {
            if (selector[i] == '\\')
                i += 2;
            else if (char.IsAsciiLetterOrDigit(selector[i]) || selector[i] is '-' or '_' || selector[i] > 127)
                i++;
            else
                break;
        }
        return Math.Min(i, selector.Length);
    }
}
