using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WebSight.Core.Setup;

namespace WebSight.Core.Styling;

/// <summary>
/// Turns a Tailwind page into the same page in plain HTML + CSS (<c>--styling css</c>): one <c>&lt;style&gt;</c>
/// block in the head instead of the Tailwind link or script, and one semantic class per element instead of its
/// utilities. The rules come from the profile's own CSS for the page's classes, rewritten selector by selector in
/// their order, so the page renders to the same pixels.
/// </summary>
internal static class CssConverter
{
    /// <summary>True when the page links a Tailwind stylesheet or CDN script: the pages this converts.</summary>
    public static bool UsesTailwind(IDocument document) =>
        document.QuerySelectorAll("link[href], script[src]").Any(IsTailwind);

    /// <param name="html">A Tailwind page.</param>
    /// <param name="sections">The generator's section names in body order, when a generator made the page.</param>
    /// <param name="cssFor">The profile's stylesheet for the page's class tokens (the 2.2.19 subset, or the compiled CSS).</param>
    public static string Convert(
        string html,
        IReadOnlyList<string>? sections,
        Func<IReadOnlyCollection<string>, string> cssFor
    )
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var tokens = document.All.SelectMany(e => e.ClassList).Distinct(StringComparer.Ordinal).ToList();
        var sheet = CssTree.Parse(cssFor(tokens));
        var utilities = new HashSet<string>(StringComparer.Ordinal);
        CollectClasses(sheet, utilities);
        var ownClasses = new HashSet<string>(StringComparer.Ordinal);
        var ownStyles = new StringBuilder();
        foreach (var style in document.QuerySelectorAll("style"))
        {
            CollectClasses(CssTree.Parse(style.TextContent), ownClasses);
            ownStyles.Append(style.TextContent).Append('\n');
        }

        var names = SemanticNames.Assign(
            document,
            sections,
            element => element.ClassList.Where(utilities.Contains).Distinct(StringComparer.Ordinal).ToList()
        );
        var classesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, list) in names.UtilitiesOf)
        {
            foreach (var utility in list)
            {
                if (!classesOf.TryGetValue(utility, out var semantic))
                    classesOf[utility] = semantic = [];
                semantic.Add(name);
            }
        }
        var foreignStyles =
            ownStyles + string.Join(';', document.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")));
        var rewritten = SheetRewrite.Rewrite(sheet, new SelectorRewriter(document, classesOf), foreignStyles);
        var folded = SheetRewrite.DropUnused(
            // Per selector, a var is judged for one class at a time (a utility's rule lists every class using it).
            CustomPropertyFold.Fold(SheetTidy.SplitPerSelector(rewritten), foreignStyles),
            foreignStyles
        );
        var css = SheetTidy.Tidy(folded);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        CollectClasses(css, defined);
        foreach (var element in document.All.Where(e => e.HasAttribute("class")).ToList())
        {
            var kept = element.ClassList.Where(ownClasses.Contains).ToList();
            if (names.ClassOf.TryGetValue(element, out var semantic) && defined.Contains(semantic))
                kept.Insert(0, semantic);
            if (kept.Count == 0)
                element.RemoveAttribute("class");
            else
                element.SetAttribute("class", string.Join(' ', kept.Distinct(StringComparer.Ordinal)));
        }
        return Serialize(document, CssWriter.Write(css));
    }

    /// <summary>Every class name the selectors of a sheet mention, at any depth.</summary>
    public static void CollectClasses(IEnumerable<CssNode> nodes, HashSet<string> names)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssStyleRule rule:
                    names.UnionWith(SelectorRewriter.ClassTokens(rule.Selector).Select(t => t.Name));
                    CollectClasses(rule.Body, names);
                    break;
                case CssAtRule { HoldsRules: true } block:
                    CollectClasses(block.Body!, names);
                    break;
            }
        }
    }

    private static bool IsTailwind(IElement element) =>
        element.LocalName == "link"
            ? TailwindStylesheet.IsCdnLink(element.GetAttribute("href") ?? "")
            : TailwindProfile.IsCdnScript(element.GetAttribute("src") ?? "");

    /// <summary>
    /// The page as <c>&lt;html&gt;</c>, a head whose Tailwind element is now the style block (at its place, so
    /// the page's other styles keep their order), and the body.
    /// </summary>
    private static string Serialize(IDocument document, string css)
    {
        var head = document.Head!;
        var style = document.CreateElement("style");
        style.TextContent = "\n" + css;
        var tailwind = head.Children.FirstOrDefault(IsTailwind);
        if (tailwind is not null)
            head.ReplaceChild(style, tailwind);
        else
            head.AppendChild(style);
        foreach (var other in document.QuerySelectorAll("link[href], script[src]").Where(IsTailwind).ToList())
            other.Remove();
        var builder = new StringBuilder(css.Length + 4096);
        if (document.Doctype is { } doctype)
            builder.Append(doctype.ToHtml()).Append('\n');
        var root = document.DocumentElement;
        builder.Append(StartTag(root)).Append("\n<head>\n");
        foreach (var child in head.Children)
            builder.Append(child.OuterHtml).Append('\n');
        builder.Append("</head>\n").Append(document.Body!.OuterHtml).Append("\n</html>\n");
        return builder.ToString();
    }

    private static string StartTag(IElement element)
    {
        var shallow = element.Clone(deep: false).ToHtml();
        return shallow[..shallow.LastIndexOf("</", StringComparison.Ordinal)];
    }
}
