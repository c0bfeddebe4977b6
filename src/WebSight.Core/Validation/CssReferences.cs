using System.Text;

namespace WebSight.Core.Validation;

/// <summary>
/// What a stylesheet or a style attribute makes the browser fetch, read the way CSS reads it: comments skipped,
/// strings kept whole, escapes decoded (<c>u\72l(</c> is <c>url(</c>, <c>@\69mport</c> is <c>@import</c>), and the
/// bare strings of <c>image-set()</c> taken as the URLs they are. A small single-pass tokenizer rather than a regular
/// expression, so its cost is linear in the text whatever the text holds. It errs towards finding a reference.
/// </summary>
internal static class CssReferences
{
    private static readonly HashSet<string> UrlFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "url",
        "src",
        "image-set",
        "-webkit-image-set",
    };

    public static List<CssReference> In(string css)
    {
        var found = new List<CssReference>();
        // Every reference has a '(' or an '@', escaped or not: most values (SVG paths, colours) have neither.
        if (!css.AsSpan().ContainsAny('(', '@'))
            return found;
        var functions = new Stack<string>();
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && At(css, i + 1) == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;
            }
            else if (c is '"' or '\'')
            {
                var text = ReadString(css, ref i);
                if (functions.TryPeek(out var function) && UrlFunctions.Contains(function))
                    found.Add(new CssReference(false, text));
            }
            else if (c == '@' && StartsName(css, i + 1))
            {
                i++;
                if (ReadName(css, ref i).Equals("import", StringComparison.OrdinalIgnoreCase))
                    found.Add(new CssReference(true, ""));
            }
            else if (StartsName(css, i))
            {
                var name = ReadName(css, ref i);
                if (At(css, i) != '(')
                    continue;
                i++;
                if (name.Equals("url", StringComparison.OrdinalIgnoreCase) && !QuoteFollows(css, i))
                    found.Add(new CssReference(false, ReadBareUrl(css, ref i)));
                else
                    functions.Push(name);
            }
            else
            {
                if (c == '(')
                    functions.Push("");
                else if (c == ')')
                    functions.TryPop(out _);
                i++;
            }
        }
        return found;
    }

    private static char At(string css, int i) => i < css.Length ? css[i] : '\0';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= 0x80;

    private static bool IsEscape(string css, int i) =>
        At(css, i) == '\\' && i + 1 < css.Length && !IsNewline(css[i + 1]);

    private static bool IsNewline(char c) => c is '\n' or '\r' or '\f';

    /// <summary>A letter, underscore, non-ASCII or an escape starts a name; so does a hyphen before any of those.</summary>
    private static bool StartsName(string css, int i)
    {
        var c = At(css, i);
        if (c == '-')
            return IsNameChar(At(css, i + 1)) || IsEscape(css, i + 1);
        return char.IsAsciiLetter(c) || c == '_' || c >= 0x80 || IsEscape(css, i);
    }

    private static string ReadName(string css, ref int i)
    {
        var name = new StringBuilder();
        while (i < css.Length)
        {
            if (IsNameChar(css[i]))
                name.Append(css[i++]);
            else if (IsEscape(css, i))
                name.Append(ReadEscape(css, ref i));
            else
                break;
        }
        return name.ToString();
    }

    /// <summary>A quoted string from its opening quote; an escaped newline continues it, an unescaped one ends it.</summary>
    private static string ReadString(string css, ref int i)
    {
        var quote = css[i++];
        var text = new StringBuilder();
        while (i < css.Length && css[i] != quote && !IsNewline(css[i]))
        {
            if (css[i] != '\\')
                text.Append(css[i++]);
            else if (IsNewline(At(css, i + 1)))
                i += At(css, i + 1) == '\r' && At(css, i + 2) == '\n' ? 3 : 2;
            else if (i + 1 < css.Length)
                text.Append(ReadEscape(css, ref i));
            else
                i++;
        }
        if (i < css.Length && css[i] == quote)
            i++;
        return text.ToString();
    }

    private static bool QuoteFollows(string css, int i)
    {
        while (i < css.Length && char.IsWhiteSpace(css[i]))
            i++;
        return At(css, i) is '"' or '\'';
    }

    /// <summary>An unquoted <c>url(</c> up to its <c>)</c>, escapes decoded and surrounding whitespace dropped.</summary>
    private static string ReadBareUrl(string css, ref int i)
    {
        var url = new StringBuilder();
        while (i < css.Length && css[i] != ')')
        {
            if (IsEscape(css, i))
                url.Append(ReadEscape(css, ref i));
            else
                url.Append(css[i++]);
        }
        i++;
        return url.ToString().Trim();
    }

    /// <summary>Up to six hex digits and one whitespace after them, or any other character as itself.</summary>
    private static string ReadEscape(string css, ref int i)
    {
        i++;
        var digits = 0;
        var code = 0;
        while (digits < 6 && i < css.Length && char.IsAsciiHexDigit(css[i]))
        {
            var digit = css[i];
            code = code * 16 + (char.IsAsciiDigit(digit) ? digit - '0' : (digit | 0x20) - 'a' + 10);
            digits++;
            i++;
        }
        if (digits == 0)
            return css[i++].ToString();
        if (i < css.Length && char.IsWhiteSpace(css[i]))
            i += css[i] == '\r' && At(css, i + 1) == '\n' ? 2 : 1;
        return code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(code);
    }
}
