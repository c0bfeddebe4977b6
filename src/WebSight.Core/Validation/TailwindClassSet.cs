using System.Text;

namespace WebSight.Core.Validation;

/// <summary>Every class name the Tailwind stylesheet defines, read from its selectors (variants like md: included).</summary>
internal sealed class TailwindClassSet
{
    private readonly HashSet<string> _names;

    private TailwindClassSet(HashSet<string> names) => _names = names;

    public int Count => _names.Count;

    public bool Contains(string className) => _names.Contains(className);

    public static TailwindClassSet FromStylesheet(ReadOnlySpan<byte> css) =>
        FromStylesheet(Encoding.UTF8.GetString(css));

    public static TailwindClassSet FromStylesheet(string css)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var segmentStart = 0;
        var inComment = false;
        for (var i = 0; i < css.Length; i++)
        {
            if (inComment)
            {
                if (css[i] == '*' && i + 1 < css.Length && css[i + 1] == '/')
                {
                    inComment = false;
                    i++;
                    segmentStart = i + 1;
                }
                continue;
            }
            switch (css[i])
            {
                case '/' when i + 1 < css.Length && css[i + 1] == '*':
                    inComment = true;
                    i++;
                    break;
                case '{':
                    // Text before '{' is a selector list or an at-rule prelude; only selectors name classes.
                    var prelude = css.AsSpan(segmentStart, i - segmentStart).Trim();
                    if (!prelude.StartsWith("@"))
                        CollectClassNames(prelude, names);
                    segmentStart = i + 1;
                    break;
                case '}':
                case ';':
                    segmentStart = i + 1;
                    break;
            }
        }
        return new TailwindClassSet(names);
    }

    private static void CollectClassNames(ReadOnlySpan<char> selector, HashSet<string> names)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < selector.Length; i++)
        {
            if (selector[i] != '.')
                continue;
            builder.Clear();
            var j = i + 1;
            while (j < selector.Length)
            {
                var c = selector[j];
                if (c == '\\' && j + 1 < selector.Length)
                    j = AppendEscape(selector, j + 1, builder);
                else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                {
                    builder.Append(c);
                    j++;
                }
                else
                    break;
            }
            if (builder.Length > 0)
                names.Add(builder.ToString());
            i = j - 1;
        }
    }

    /// <summary>Decodes a CSS escape (<c>\:</c>, or hex like <c>\32 </c> for a leading digit) and returns the next index.</summary>
    private static int AppendEscape(ReadOnlySpan<char> selector, int start, StringBuilder builder)
    {
        var end = start;
        while (end < selector.Length && end - start < 6 && char.IsAsciiHexDigit(selector[end]))
            end++;
        if (end == start)
        {
            builder.Append(selector[start]);
            return start + 1;
        }
        builder.Append(char.ConvertFromUtf32(Convert.ToInt32(selector[start..end].ToString(), 16)));
        return end < selector.Length && selector[end] == ' ' ? end + 1 : end;
    }
}
