using System.Text;
using AngleSharp.Dom;

namespace WebSight.Core.Diversity;

/// <summary>
/// A page's structure without its text: the tag tree written as <c>tag(child,child)</c>, with runs of identical
/// siblings written once (three equal cards are one shape, not three), an SVG as a leaf (path data is drawing, not
/// structure) and scripts and styles left out.
/// </summary>
internal static class Skeletons
{
    private static readonly HashSet<string> SectionTags = new(StringComparer.Ordinal)
    {
        "section",
        "header",
        "footer",
        "nav",
        "main",
        "aside",
        "div",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script",
        "style",
        "template",
        "noscript",
    };

    /// <summary>The skeleton of every section: each top-level block of the body (through one wrapping div or main).</summary>
    public static List<string> Sections(IElement body)
    {
        var top = body.Children.Where(e => !Invisible.Contains(e.LocalName)).ToList();
        // A page that wraps everything in one container has its sections one level down.
        while (top is [{ LocalName: "div" or "main" } wrapper] && wrapper.Children.Length > 1)
            top = wrapper.Children.Where(e => !Invisible.Contains(e.LocalName)).ToList();
        return top.Where(e => SectionTags.Contains(e.LocalName)).Select(Of).ToList();
    }

    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return builder.ToString();
    }

    private static void Append(IElement element, StringBuilder builder)
    {
        builder.Append(element.LocalName);
        if (element.LocalName == "svg")
            return;
        string? previous = null;
        var opened = false;
        foreach (var child in element.Children)
        {
            if (Invisible.Contains(child.LocalName))
                continue;
            var shape = Of(child);
            if (shape == previous)
                continue;
            builder.Append(opened ? ',' : '(').Append(shape);
            opened = true;
            previous = shape;
        }
        if (opened)
            builder.Append(')');
    }
}
