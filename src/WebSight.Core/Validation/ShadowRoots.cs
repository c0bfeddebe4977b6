using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WebSight.Core.Validation;

/// <summary>
/// Puts declarative shadow roots back into markup. AngleSharp attaches a <c>&lt;template shadowrootmode&gt;</c>'s
/// content to its host as a shadow root, which serialising leaves out: a page rewritten without this lost that
/// content silently.
/// </summary>
internal static class ShadowRoots
{
    /// <summary>Each shadow root becomes a template holding its content again, the first child of its host.</summary>
    public static void Materialize(INode root)
    {
        var hosts = DomWalk.Elements(root).Where(e => e.ShadowRoot is not null).ToList();
        // Innermost first, so a shadow root inside another is already markup when its host is moved.
        for (var i = hosts.Count - 1; i >= 0; i--)
        {
            var host = hosts[i];
            var shadow = host.ShadowRoot!;
            var template = (IHtmlTemplateElement)host.Owner!.CreateElement("template");
            template.SetAttribute("shadowrootmode", shadow.Mode.ToString().ToLowerInvariant());
            while (shadow.FirstChild is { } child)
                template.Content.AppendChild(child);
            host.Prepend(template);
        }
    }
}
