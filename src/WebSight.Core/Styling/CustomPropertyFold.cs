namespace WebSight.Core.Styling;

/// <summary>
/// Takes Tailwind's custom-property plumbing out of a rewritten sheet: each <c>var()</c> whose value is provably one
/// constant for the elements its rule styles (<see cref="CustomPropertyValues"/>) is replaced by that value, and the
/// result is written the short way (<see cref="ValueArithmetic"/>), so <c>--tw-text-opacity: 1; color:
/// rgba(55,48,163,var(--tw-text-opacity))</c> reads <c>color: #3730a3</c>. Declarations and registrations nothing
/// refers to any more are then dropped by <see cref="SheetRewrite.DropUnused"/>. A var whose value can differ (a
/// hover rule or an opacity class setting it for the same element, an ancestor's value) stays.
/// </summary>
internal static class CustomPropertyFold
{
    /// <summary>Each round resolves one more step of a chain (a theme variable inside a --tw value).</summary>
    private const int MaxRounds = 8;

    public static List<CssNode> Fold(List<CssNode> nodes, string foreignStyles)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var values = CustomPropertyValues.Read(nodes, foreignStyles);
            var changed = false;
            nodes = Rewrite(nodes, values, ref changed);
            if (!changed)
                break;
        }
        return nodes;
    }

    private static List<CssNode> Rewrite(List<CssNode> nodes, CustomPropertyValues values, ref bool changed)
    {
        var result = new List<CssNode>(nodes.Count);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssStyleRule rule:
                    var body = new List<CssNode>(rule.Body.Count);
                    foreach (var child in rule.Body)
                    {
                        if (child is not CssDeclaration declaration)
                        {
                            body.Add(child);
                            continue;
                        }
                        var value = VarReferences.Substitute(
                            declaration.Value,
                            (name, fallback) => values.Resolve(rule, name, fallback)
                        );
                        value = ValueArithmetic.Simplify(declaration.Property, value);
                        changed |= value != declaration.Value;
                        body.Add(value == declaration.Value ? declaration : declaration with { Value = value });
                    }
                    result.Add(rule with { Body = body });
                    break;
                case CssAtRule { HoldsRules: true } block:
                    result.Add(block with { Body = Rewrite(block.Body!, values, ref changed) });
                    break;
                default:
                    result.Add(node);
                    break;
            }
        }
        return result;
    }
}
