using System.Text.RegularExpressions;

namespace WebSight.Core.Styling;

/// <summary>
/// Walks a Tailwind stylesheet in its order (the order is the cascade) and keeps what the page needs: rules with
/// their selectors rewritten to semantic classes, the base styles that match something, the media, supports and
/// layer blocks around them, and only the custom properties, <c>@property</c> registrations and keyframes that a
/// kept declaration (or an inline style) refers to.
/// </summary>
internal static partial class SheetRewrite
{
    public static List<CssNode> Rewrite(List<CssNode> nodes, SelectorRewriter selectors, string inlineStyles) =>
        DropUnused(Walk(nodes, selectors, nested: false), inlineStyles);

    /// <summary>The sheet without the custom properties, registrations and keyframes nothing refers to.</summary>
    /// <param name="inlineStyles">Style text outside the sheet whose references count too.</param>
    public static List<CssNode> DropUnused(List<CssNode> nodes, string inlineStyles) =>
        Prune(nodes, ReferencedNames(nodes, inlineStyles)) ?? [];

    private static List<CssNode> Walk(List<CssNode> nodes, SelectorRewriter selectors, bool nested)
    {
        var kept = new List<CssNode>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssStyleRule rule:
                    if (selectors.Rewrite(rule.Selector, nested) is not { } selector)
                        break;
                    var body = Walk(rule.Body, selectors, nested: true);
                    if (body.Count > 0)
                        kept.Add(new CssStyleRule(selector, body));
                    break;
                case CssAtRule { HoldsRules: true } block:
                    var inner = Walk(block.Body!, selectors, nested);
                    if (inner.Count > 0)
                        kept.Add(block with { Body = inner });
                    break;
                default:
                    kept.Add(node);
                    break;
            }
        }
        return kept;
    }

    /// <summary>
    /// The custom properties and keyframes the kept CSS refers to, to a fixed point: a custom property counts only
    /// when something kept refers to it, and what it refers to then counts too.
    /// </summary>
    private static HashSet<string> ReferencedNames(List<CssNode> nodes, string inlineStyles)
    {
        var declarations = new List<CssDeclaration>();
        Collect(nodes, declarations);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        void Refer(string value)
        {
            foreach (Match match in VarReference().Matches(value))
            {
                if (used.Add(match.Groups["name"].Value))
                    pending.Enqueue(match.Groups["name"].Value);
            }
        }
        Refer(inlineStyles);
        foreach (var declaration in declarations.Where(d => !d.Property.StartsWith("--", StringComparison.Ordinal)))
        {
            Refer(declaration.Value);
            if (declaration.Property.StartsWith("animation", StringComparison.Ordinal))
                foreach (var word in declaration.Value.Split(' ', ','))
                    used.Add("@keyframes " + word.Trim());
        }
        var byName = declarations
            .Where(d => d.Property.StartsWith("--", StringComparison.Ordinal))
            .ToLookup(d => d.Property, StringComparer.Ordinal);
        while (pending.TryDequeue(out var name))
        {
            foreach (var declaration in byName[name])
                Refer(declaration.Value);
        }
        return used;
    }

    private static void Collect(List<CssNode> nodes, List<CssDeclaration> declarations)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssDeclaration declaration:
                    declarations.Add(declaration);
                    break;
                case CssStyleRule rule:
                    Collect(rule.Body, declarations);
                    break;
                case CssAtRule { HoldsRules: true } block:
                    Collect(block.Body!, declarations);
                    break;
            }
        }
    }

    /// <summary>The nodes without unreferenced custom properties, registrations and keyframes; null when nothing is left.</summary>
    private static List<CssNode>? Prune(List<CssNode> nodes, HashSet<string> used)
    {
        var kept = new List<CssNode>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssDeclaration { Property: var property } when property.StartsWith("--", StringComparison.Ordinal):
                    if (used.Contains(property))
                        kept.Add(node);
                    break;
                case CssStyleRule rule:
                    if (Prune(rule.Body, used) is { } body)
                        kept.Add(rule with { Body = body });
                    break;
                case CssAtRule { HoldsRules: true } block:
                    if (Prune(block.Body!, used) is { } inner)
                        kept.Add(block with { Body = inner });
                    break;
                case CssAtRule { Prelude: var prelude } at
                    when prelude.StartsWith("@property", StringComparison.Ordinal):
                    if (used.Contains(prelude["@property".Length..].Trim()))
                        kept.Add(at);
                    break;
                case CssAtRule { Prelude: var prelude } at
                    when prelude.StartsWith("@keyframes", StringComparison.Ordinal):
                    if (used.Contains("@keyframes " + prelude["@keyframes".Length..].Trim()))
                        kept.Add(at);
                    break;
                default:
                    kept.Add(node);
                    break;
            }
        }
        return kept.Count == 0 ? null : kept;
    }

    [GeneratedRegex(@"var\(\s*(?<name>--[\w-]+)", RegexOptions.None, 1000)]
    private static partial Regex VarReference();
}
