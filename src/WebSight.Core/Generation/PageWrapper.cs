using WebSight.Core.Setup;

namespace WebSight.Core.Generation;

/// <summary>Wraps body markup exactly as WebSight v0.2 pages are: the Tailwind 2.2.19 CDN link, one body.</summary>
internal static class PageWrapper
{
    public const string TailwindCdnUrl = TailwindStylesheet.CdnUrl;

    public const string TailwindLink = "<link href=\"" + TailwindCdnUrl + "\" rel=\"stylesheet\">";

    /// <summary>The page; <paramref name="lang"/> sets the html element's language when the run writes several.</summary>
    public static string Wrap(string bodyClass, string bodyInner, string? lang = null) =>
        (lang is null ? "<html>\n" : "<html lang=\"" + lang + "\">\n")
        + TailwindLink
        + "\n<body class=\""
        + bodyClass
        + "\">\n"
        + bodyInner.Trim()
        + "\n</body>\n</html>";
}
