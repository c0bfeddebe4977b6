using System.Text.RegularExpressions;

namespace WebSight.Core.Rendering;

/// <summary>
/// The address a real page is shown at: a host that exists nowhere, answered only by the request routes, so relative
/// URLs resolve to requests the resource policy can answer (from the page's folder, or with placeholders) instead of
/// to nothing. The browser gets the page with a <c>&lt;base&gt;</c> first (a page's own base comes after it and
/// is ignored, as the first one wins); the dataset keeps the text as given.
/// </summary>
internal static partial class DocumentBase
{
    public const string Host = "page.websight.invalid";

    public static readonly string Origin = $"http://{Host}";

    /// <summary>The URL a page file named <paramref name="fileName"/> is shown at.</summary>
    public static string UrlFor(string? fileName) =>
        $"{Origin}/{Uri.EscapeDataString(string.IsNullOrEmpty(fileName) ? "page.html" : fileName)}";

    /// <summary>
    /// <paramref name="html"/> with a base element before its first tag, but after a doctype (a doctype after any
    /// tag is ignored, and the page would lay out in quirks mode) and the comments or XML declaration before it.
    /// </summary>
    public static string Insert(string html, string url)
    {
        int at;
        try
        {
            var prologue = Prologue().Match(html);
            at = prologue.Success ? prologue.Length : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            // A prologue built to stall the scan: the page is shown without its doctype's standards mode.
            at = 0;
        }
        return string.Concat(html.AsSpan(0, at), $"<base href=\"{url}\">", html.AsSpan(at));
    }

    [GeneratedRegex(
        @"\A\uFEFF?(?:\s|<!--.*?-->|<\?.*?>)*<!doctype[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 250
    )]
    private static partial Regex Prologue();
}
