namespace WebSight.Core.Validation;

/// <summary>
/// URLs in attributes as a browser's URL parser reads them: leading and trailing controls and spaces dropped, and
/// tabs and newlines removed anywhere, so <c>java&amp;#x09;script:</c> and <c>java\nscript:</c> are
/// <c>javascript:</c> (the HTML parser has decoded the character references already).
/// </summary>
internal static class BrowserUrls
{
    private static readonly string ControlsAndSpace = string.Concat(Enumerable.Range(0, 33).Select(c => (char)c));

    public static string Normalize(string raw)
    {
        var text = raw.AsSpan().Trim(ControlsAndSpace);
        return text.ContainsAny('\t', '\n', '\r')
            ? string.Concat(text.ToString().Split(['\t', '\n', '\r']))
            : text.ToString();
    }

    /// <summary>Reads as <see cref="Normalize"/> does, without allocating: it runs on every attribute of a page.</summary>
    public static bool IsJavascript(string value)
    {
        const string scheme = "javascript:";
        var start = 0;
        while (start < value.Length && value[start] <= ' ')
            start++;
        var matched = 0;
        for (var i = start; i < value.Length && matched < scheme.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r')
                continue;
            if ((char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c) != scheme[matched])
                return false;
            matched++;
        }
        return matched == scheme.Length;
    }

    /// <summary>SVG animation values are lists (<c>values="a;javascript:x"</c>): any item counts.</summary>
    public static bool AnyJavascript(string attribute, string value) =>
        MarkupNames.Is(attribute, "values") ? value.Split(';').Any(IsJavascript) : IsJavascript(value);
}
