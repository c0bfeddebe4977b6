using System.Net;
using System.Text.RegularExpressions;

namespace WebSight.Core.Quality;

/// <summary>
/// The words a reader of the page sees, from its HTML without a browser: tags, comments, scripts, styles and the
/// head removed, entities decoded, whitespace collapsed. Fast enough to run over 100,000 pages when an index opens.
/// </summary>
internal static partial class VisibleText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        var text = Invisible().Replace(html, " ");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(
        @"<!--.*?-->|<(script|style|head|template|noscript|svg)\b.*?</\1\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
