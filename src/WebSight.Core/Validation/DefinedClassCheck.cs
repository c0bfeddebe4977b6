using AngleSharp.Dom;
using WebSight.Core.Styling;

namespace WebSight.Core.Validation;

/// <summary>
/// The class check of a plain-CSS page (<c>--styling css</c>): every class an element uses must be defined by a
/// selector in the page's own <c>&lt;style&gt;</c> blocks, and the page must not load Tailwind.
/// </summary>
internal static class DefinedClassCheck
{
    /// <summary>Why the page fails the check, or null when it passes.</summary>
    public static string? Problem(IDocument document)
    {
        if (CssConverter.UsesTailwind(document))
            return "a css page links Tailwind";
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in document.QuerySelectorAll("style"))
            CssConverter.CollectClasses(CssTree.Parse(style.TextContent), defined);
        var undefined = document
            .All.SelectMany(e => e.ClassList)
            .Where(name => !defined.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return undefined.Count == 0
            ? null
            : $"{undefined.Count} class names are not defined in the page's <style> (e.g. '{undefined[0]}')";
    }

    public static int Tokens(IDocument document) => document.All.Sum(e => e.ClassList.Length);
}
