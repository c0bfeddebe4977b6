namespace WebSight.Core.Styling;

/// <summary>
/// Makes a rewritten sheet read like hand-written CSS without changing what it does: a rule for several classes is
/// split per class, then each rule joins an earlier rule with the same selector (or, after that, the same body) when
/// nothing between them could style the same element with the same property, so a class's declarations end up in
/// one block per media query; neighbouring blocks with the same condition are joined first.
/// </summary>
internal static class SheetTidy
{
    public static List<CssNode> Tidy(List<CssNode> nodes)
    {
        var horizontal = !CssWriter.Write(nodes).Contains("writing-mode", StringComparison.Ordinal);
        return Tidy(nodes, horizontal);
    }

    private static List<CssNode> Tidy(List<CssNode> nodes, bool horizontal)
    {
        var joined = JoinBlocks(nodes, horizontal);
        var split = joined.SelectMany(Split).ToList();
        var gathered = RuleBodies.Tidy(Gather(split, sameSelector: true), horizontal);
        return Gather(gathered, sameSelector: false);
    }

    private static List<CssNode> JoinBlocks(List<CssNode> nodes, bool horizontal)
    {
        var result = new List<CssNode>();
        foreach (var node in nodes)
        {
            if (
                node is CssAtRule { HoldsRules: true } block
                && result.Count > 0
                && result[^1] is CssAtRule { HoldsRules: true } previous
                && previous.Prelude == block.Prelude
            )
                result[^1] = previous with { Body = [.. previous.Body!, .. block.Body!] };
            else
                result.Add(node);
        }
        return result
            .Select(n => n is CssAtRule { HoldsRules: true } b ? b with { Body = Tidy(b.Body!, horizontal) } : n)
            .ToList();
    }

    /// <summary>Every flat rule split per selector, in blocks too, so each rule styles one kind of element.</summary>
    public static List<CssNode> SplitPerSelector(List<CssNode> nodes) =>
        nodes
            .SelectMany(Split)
            .Select(n => n is CssAtRule { HoldsRules: true } b ? b with { Body = SplitPerSelector(b.Body!) } : n)
            .ToList();

    /// <summary><c>.a, .b { x }</c> as <c>.a { x }</c> <c>.b { x }</c>: the same cascade, since both keep their place.</summary>
    private static IEnumerable<CssNode> Split(CssNode node)
    {
        if (node is not CssStyleRule rule || !Flat(rule))
            return [node];
        return CssTree.SplitSelectors(rule.Selector).Select(s => new CssStyleRule(s, rule.Body));
    }

    private static bool Flat(CssStyleRule rule) => rule.Body.All(n => n is CssDeclaration);

    private static List<CssNode> Gather(List<CssNode> nodes, bool sameSelector)
    {
        var result = new List<CssNode>();
        var scopes = new List<RuleScope?>();
        foreach (var node in nodes)
        {
            var scope = RuleScope.Of(node);
            if (node is CssStyleRule rule && Flat(rule) && scope is not null)
            {
                var target = -1;
                for (var i = result.Count - 1; i >= 0; i--)
                {
                    if (result[i] is CssStyleRule earlier && Flat(earlier) && Joins(earlier, rule, sameSelector))
                    {
                        target = i;
                        break;
                    }
                    if (scopes[i] is { } between && between.Conflicts(scope))
                        break;
                }
                if (target >= 0)
                {
                    var earlier = (CssStyleRule)result[target];
                    result[target] = sameSelector
                        ? earlier with
                        {
                            Body = [.. earlier.Body, .. rule.Body],
                        }
                        : earlier with
                        {
                            Selector = earlier.Selector + ", " + rule.Selector,
                        };
                    scopes[target] = RuleScope.Of(result[target]);
                    continue;
                }
            }
            result.Add(node);
            scopes.Add(scope);
        }
        return result;
    }

    private static bool Joins(CssStyleRule earlier, CssStyleRule rule, bool sameSelector) =>
        sameSelector ? earlier.Selector == rule.Selector : earlier.Body.SequenceEqual(rule.Body);
}
