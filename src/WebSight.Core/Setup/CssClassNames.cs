using System.Text;

namespace WebSight.Core.Setup;

/// <summary>Reads class names out of a CSS selector list, decoding escapes such as <c>md\:p-4</c> and <c>\32xl</c>.</summary>
internal static class CssClassNames
{
    public static void Collect(ReadOnlySpan<char> selector, HashSet<string> names)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < selector.Length; i++)
        {
            if (selector[i] != '.')
                continue;
            var end = Read(selector, i + 1, builder);
            if (builder.Length > 0)
                names.Add(builder.ToString());
            i = end - 1;
        }
    }

    /// <summary>
    /// The class name that starts at <paramref name="start"/> (just after its dot), decoded into
    /// <paramref name="builder"/> (cleared first); returns the index after it.
    /// </summary>
    public static int Read(ReadOnlySpan<char> selector, int start, StringBuilder builder)
    {
        builder.Clear();
        var j = start;
        while (j < selector.Length)
        {
            var c = selector[j];
            if (c == '\\' && j + 1 < selector.Length)
                j = AppendEscape(selector, j + 1, builder);
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 127)
            {
                builder.Append(c);
                j++;
            }
            else
                break;
        }
        return j;
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
