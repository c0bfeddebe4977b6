using AngleSharp.Dom;
using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// What would run or navigate in the browser: script elements, event handler attributes, <c>javascript:</c> URLs
/// (read as the browser reads URLs) and meta refreshes. Scripts are let through when the renderer runs them
/// (<c>--allow-js</c>); a meta refresh navigates away without any script, so it never is.
/// </summary>
internal static class ActiveContent
{
    public static (RejectReason Reason, string Detail)? Find(IElement element, bool scriptsAllowed)
    {
        if (IsMetaRefresh(element))
            return (
                RejectReason.MetaRefresh,
                $"<meta http-equiv=\"refresh\"> to {Excerpt.Of(element.GetAttribute("content") ?? "")}"
            );
        if (scriptsAllowed || IsTailwindScript(element))
            return null;
        if (MarkupNames.Is(element.LocalName, "script"))
        {
            var src = element.GetAttribute("src");
            return (RejectReason.Script, $"<script> element{(src is null ? "" : $" loading {Excerpt.Of(src)}")}");
        }
        foreach (var attribute in element.Attributes)
        {
            if (Kind(attribute) is { } kind)
                return (
                    kind,
                    kind == RejectReason.EventHandler
                        ? $"{attribute.Name} attribute on <{element.LocalName}>"
                        : $"javascript: URL in {attribute.Name} of <{element.LocalName}>"
                );
        }
        return null;
    }

    /// <summary>Removes what <see cref="Find"/> reports, counting each removal by the reason it would have been refused for.</summary>
    public static void Strip(
        IEnumerable<IElement> elements,
        bool scriptsAllowed,
        IDictionary<RejectReason, int> removed
    )
    {
        foreach (var element in elements.ToList())
        {
            if (
                IsMetaRefresh(element)
                || (!scriptsAllowed && MarkupNames.Is(element.LocalName, "script") && !IsTailwindScript(element))
            )
            {
                Count(removed, IsMetaRefresh(element) ? RejectReason.MetaRefresh : RejectReason.Script);
                element.Remove();
                continue;
            }
            if (scriptsAllowed)
                continue;
            foreach (var attribute in element.Attributes.ToList())
            {
                if (Kind(attribute) is not { } kind)
                    continue;
                Count(removed, kind);
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }
    }

    /// <summary>
    /// The empty CDN script of a Tailwind 3 or 4 page: the renderer puts the compiled CSS in its place and never runs
    /// it, so it is the page's stylesheet, not active content.
    /// </summary>
    public static bool IsTailwindScript(IElement element) =>
        MarkupNames.Is(element.LocalName, "script")
        && element.Attributes.Length == 1
        && element.GetAttribute("src") is { } src
        && Setup.TailwindProfile.IsCdnScript(src)
        && string.IsNullOrWhiteSpace(element.TextContent);

    private static RejectReason? Kind(IAttr attribute)
    {
        var name = MarkupNames.LocalPart(attribute.Name);
        if (name.Length > 2 && name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return RejectReason.EventHandler;
        if (name is not ("class" or "alt" or "title") && BrowserUrls.AnyJavascript(name, attribute.Value))
            return RejectReason.JavascriptUrl;
        return null;
    }

    private static bool IsMetaRefresh(IElement element) =>
        MarkupNames.Is(element.LocalName, "meta")
        && element.GetAttribute("http-equiv")?.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase) == true;

    private static void Count(IDictionary<RejectReason, int> removed, RejectReason kind) =>
        removed[kind] = removed.TryGetValue(kind, out var n) ? n + 1 : 1;
}
