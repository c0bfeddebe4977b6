using AngleSharp.Dom;
using WebSight.Core.Foundation;
using WebSight.Core.Setup;

namespace WebSight.Core.Validation;

/// <summary>
/// What an element makes the browser fetch, each URL checked against the hosts the renderer serves: resource
/// attributes, srcsets, SVG references, SMIL animations of them, and the CSS of style attributes and style
/// elements. Embedded documents are checked as pages of their own, and data: URLs fetch nothing.
/// </summary>
internal sealed class ResourceCheck(IReadOnlyList<string> allowedHosts)
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "src",
        "poster",
        "data",
        "background",
    };

    private static readonly HashSet<string> SrcsetAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "srcset",
        "imagesrcset",
    };

    private readonly HashSet<string> _allowedHosts = new(allowedHosts, StringComparer.OrdinalIgnoreCase);

    public (RejectReason Reason, string Detail)? Find(IElement element)
    {
        var name = MarkupNames.LocalPart(element.LocalName).ToLowerInvariant();
        if (name == "link" && element.GetAttribute("href") is { } href && StylesheetProblem(element, href) is { } link)
            return link;
        if (ActiveContent.IsTailwindScript(element))
            return null;
        if (name == "style" && CssProblem(element.TextContent) is { } style)
            return (style.Reason, $"{style.Subject} in a <style> element");
        // A prefixed name (s:image) comes from an embedded XML document read as HTML: it may well be SVG.
        var isSvg = element.NamespaceUri == SvgNamespace || element.LocalName.Contains(':');
        foreach (var attribute in element.Attributes)
        {
            var attributeName = MarkupNames.LocalPart(attribute.Name).ToLowerInvariant();
            var problem = attributeName switch
            {
                _ when UrlAttributes.Contains(attributeName) => CheckUrl(attribute.Value),
                _ when SrcsetAttributes.Contains(attributeName) => FirstProblem(SrcsetUrls(attribute.Value)),
                "href" when FetchesHref(name, isSvg) => CheckUrl(attribute.Value),
                "style" => CssProblem(attribute.Value),
                "to" or "from" or "by" or "values" when AnimatesReference(element) => FirstProblem(
                    attribute.Value.Split(';')
                ),
                // An SVG presentation attribute (fill, filter, mask, clip-path, marker-*, cursor) is CSS.
                _ when isSvg => CssProblem(attribute.Value),
                _ => null,
            };
            // The detail is put together only for a problem: most pages have thousands of attributes and none.
            if (problem is { } found)
                return (found.Reason, $"{found.Subject} in {attribute.Name} of <{element.LocalName}>");
        }
        return null;
    }

    private (RejectReason, string)? StylesheetProblem(IElement link, string href)
    {
        var rel = link.GetAttribute("rel") ?? "";
        if (
            rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) && !TailwindStylesheet.IsCdnLink(href.Trim())
        )
            return (
                RejectReason.ForeignResource,
                $"stylesheet {Excerpt.Of(href.Trim())} is not one the renderer serves"
            );
        return CheckUrl(href) is { } problem ? (problem.Reason, $"{problem.Subject} in link href") : null;
    }

    /// <summary>HTML links (a, area) are followed only when clicked; an SVG href on anything else is fetched.</summary>
    private static bool FetchesHref(string element, bool isSvg) =>
        element is "image" or "use" or "feimage" || (isSvg && element is not "a");

    /// <summary>A SMIL animation (set, animate) of an href sets the URL its target fetches.</summary>
    private static bool AnimatesReference(IElement element) =>
        MarkupNames.LocalPart(element.LocalName).ToLowerInvariant() is "set" or "animate"
        && element.GetAttribute("attributeName") is { } target
        && MarkupNames.Is(target, "href");

    private (RejectReason Reason, string Subject)? CssProblem(string css)
    {
        foreach (var reference in CssReferences.In(css))
        {
            if (reference.IsImport)
                return (RejectReason.ForeignResource, "@import");
            if (CheckUrl(reference.Url) is { } problem)
                return (problem.Reason, $"{problem.Subject} in CSS");
        }
        return null;
    }

    private (RejectReason Reason, string Subject)? FirstProblem(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            if (CheckUrl(url) is { } problem)
                return problem;
        }
        return null;
    }

    /// <summary>Why the browser must not fetch this URL, or null when the renderer serves it (or it fetches nothing).</summary>
    private (RejectReason Reason, string Subject)? CheckUrl(string raw)
    {
        var url = BrowserUrls.Normalize(raw).Trim('"', '\'');
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        if (url.StartsWith("//", StringComparison.Ordinal))
            url = "https:" + url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return (RejectReason.LocalResource, $"relative path {Excerpt.Of(url)}");
        if (uri.Scheme is not ("http" or "https"))
            return uri.Scheme == "file"
                ? (RejectReason.LocalResource, $"file URL {Excerpt.Of(url)}")
                : (RejectReason.ForeignResource, $"{uri.Scheme}: URL");
        return _allowedHosts.Contains(uri.Host)
            ? null
            : (RejectReason.ForeignResource, $"{uri.Host}, not a host the renderer serves,");
    }

    /// <summary>
    /// The URLs of a srcset as browsers split it: a URL runs to whitespace (so a data: URL keeps its commas), a comma
    /// ending it ends the candidate, otherwise its descriptors run to the next comma.
    /// </summary>
    private static List<string> SrcsetUrls(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
                i++;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
                i++;
            var url = srcset[start..i];
            if (url.Length == 0)
                break;
            urls.Add(url.TrimEnd(','));
            if (!url.EndsWith(','))
            {
                var comma = srcset.IndexOf(',', i);
                i = comma < 0 ? srcset.Length : comma + 1;
            }
        }
        return urls;
    }
}
