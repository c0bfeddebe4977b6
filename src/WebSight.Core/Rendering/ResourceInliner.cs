using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using WebSight.Core.Setup;

namespace WebSight.Core.Rendering;

/// <summary>
/// The document a browser is given for a page: the page's own markup, with a link to the served Tailwind stylesheet
/// replaced by a style element holding the rules it would be answered with, and each placeholder image URL in an
/// <c>img src</c> replaced by the same placeholder as a <c>data:</c> URI. Every request a page makes crosses three
/// processes (Chromium, the Playwright driver, this tool) and back; a template page inlined makes none, and renders
/// to the pixels of the served page (a test compares them). The dataset keeps the original text.
/// Only start tags outside comments and raw-text elements are rewritten, so no visible text can change; whatever
/// is not inlined (srcset, CSS url(), @import, links with other attributes) is still answered by the request routes.
/// </summary>
internal static partial class ResourceInliner
{
    /// <summary>Longest any one scan may take; markup built to make it slower is rendered as written instead.</summary>
    private const int ScanTimeoutMilliseconds = 250;

    public static string Inline(string html, byte[] stylesheet, IImageResolver images)
    {
        try
        {
            return Rewrite(html, stylesheet, images);
        }
        catch (RegexMatchTimeoutException)
        {
            // The request routes answer everything the page links to, so the page as written renders the same.
            return html;
        }
    }

    /// <summary>
    /// A Tailwind 3 or 4 page with its CDN script (never run: page JavaScript is off) replaced by a style element of
    /// the compiled CSS, at the same point of the cascade. A page without that script but with the 2.2.19 link keeps
    /// the link, which <see cref="Inline"/> or the route answers with the same CSS; a page with neither gets the
    /// style first, where the browser puts it into the head.
    /// </summary>
    public static string PlaceCompiledStyle(string html, byte[] stylesheet)
    {
        var style = "<style>" + Encoding.UTF8.GetString(stylesheet) + "</style>";
        try
        {
            foreach (Match range in UntouchableRange().Matches(html))
            {
                if (
                    range.Groups["raw"].Value.Equals("script", StringComparison.OrdinalIgnoreCase)
                    && CdnScript().Match(range.Value) is { Success: true } script
                    && TailwindProfile.IsCdnScript(WebUtility.HtmlDecode(script.Groups["src"].Value))
                )
                    return string.Concat(html.AsSpan(0, range.Index), style, html.AsSpan(End(range)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Markup built to stall the scan: the style goes first instead.
        }
        return html.Contains(TailwindStylesheet.CdnUrl, StringComparison.OrdinalIgnoreCase) ? html : style + html;
    }

    private static string Rewrite(string html, byte[] stylesheet, IImageResolver images)
    {
        var untouchable = UntouchableRange().Matches(html);
        var nextUntouchable = 0;
        string? css = null;
        StringBuilder? output = null;
        var copied = 0;
        foreach (Match tag in StartTag().Matches(html))
        {
            // Both scans run left to right, so one cursor finds the range a tag might fall in.
            while (nextUntouchable < untouchable.Count && End(untouchable[nextUntouchable]) <= tag.Index)
                nextUntouchable++;
            if (nextUntouchable < untouchable.Count && untouchable[nextUntouchable].Index <= tag.Index)
                continue;
            var name = tag.Groups["name"].Value;
            string? replacement = null;
            if (name.Equals("link", StringComparison.OrdinalIgnoreCase) && LinksServedStylesheet(tag))
                replacement = "<style>" + (css ??= Encoding.UTF8.GetString(stylesheet)) + "</style>";
            else if (name.Equals("img", StringComparison.OrdinalIgnoreCase))
                replacement = WithInlinedSource(tag, images);
            if (replacement is null)
                continue;
            output ??= new StringBuilder(html.Length + stylesheet.Length + 4096);
            output.Append(html, copied, tag.Index - copied).Append(replacement);
            copied = tag.Index + tag.Length;
        }
        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>
    /// A stylesheet link with nothing but <c>rel</c>, <c>href</c> and a CSS <c>type</c>: a style element in its
    /// place applies the same rules at the same point of the cascade. Anything more (media, integrity, title,
    /// disabled) changes what a link means, so such a link keeps going through the route.
    /// </summary>
    private static bool LinksServedStylesheet(Match tag)
    {
        string? rel = null,
            href = null;
        foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
        {
            var name = attribute.Groups["name"].Value.ToLowerInvariant();
            var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim();
            switch (name)
            {
                case "rel" when rel is null:
                    rel = value;
                    break;
                case "href" when href is null:
                    href = value;
                    break;
                case "type" when value.Equals("text/css", StringComparison.OrdinalIgnoreCase):
                    break;
                default:
                    return false;
            }
        }
        return string.Equals(rel, "stylesheet", StringComparison.OrdinalIgnoreCase)
            && href is not null
            && TailwindStylesheet.IsCdnLink(href);
    }

    /// <summary>The img tag with its first <c>src</c> (the one a browser uses) as a data: URI, or null to leave it.</summary>
    private static string? WithInlinedSource(Match tag, IImageResolver images)
    {
        var attributes = tag.Groups["attributes"];
        foreach (Match attribute in Attribute().Matches(attributes.Value))
        {
            if (!attribute.Groups["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase))
                continue;
            if (
                images.ResolveImage(WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim())?.DataUri
                is not { } uri
            )
                return null;
            var start = attributes.Index - tag.Index + attribute.Index;
            var text = tag.Value;
            return text[..start] + "src=\"" + uri + "\"" + text[(start + attribute.Length)..];
        }
        return null;
    }

    private static int End(Match range) => range.Index + range.Length;

    /// <summary>
    /// A start tag with its attributes, quoted values kept whole so a '>' inside one does not end the tag. A '<' ends
    /// a name or an unquoted value (a tag that has one there is left alone), which keeps every scan short.
    /// </summary>
    [GeneratedRegex(
        """<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>""",
        RegexOptions.CultureInvariant,
        ScanTimeoutMilliseconds
    )]
    private static partial Regex StartTag();

    [GeneratedRegex(
        """(?<name>[^\s"'<>/=]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+)))?""",
        RegexOptions.CultureInvariant,
        ScanTimeoutMilliseconds
    )]
    private static partial Regex Attribute();

    /// <summary>A script element with only a src and no body, the whole of one raw-text range.</summary>
    [GeneratedRegex(
        """^<script\s+src\s*=\s*(?:"(?<src>[^"]*)"|'(?<src>[^']*)'|(?<src>[^\s"'=<>`]+))\s*>\s*</script\s*>$""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        ScanTimeoutMilliseconds
    )]
    private static partial Regex CdnScript();

    /// <summary>Comments, and elements whose content is text rather than markup (to their end, or the document's).</summary>
    [GeneratedRegex(
        """<!--.*?(?:-->|\z)|<(?<raw>script|style|textarea|title|xmp|noembed|noframes|iframe)\b.*?(?:</\k<raw>\s*>|\z)|<plaintext\b.*""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline,
        ScanTimeoutMilliseconds
    )]
    private static partial Regex UntouchableRange();
}
