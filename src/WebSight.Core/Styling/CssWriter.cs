using System.Text;

namespace WebSight.Core.Styling;

/// <summary>Writes a stylesheet as people write it: one rule per block, two spaces per level, one declaration a line.</summary>
internal static class CssWriter
{
    /// <summary>Selector lists longer than this go one selector a line.</summary>
    private const int LineWidth = 80;

    public static string Write(IEnumerable<CssNode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
            Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, CssNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case CssDeclaration declaration:
                builder.Append(indent).Append(declaration.Property);
                // An empty custom property (`--tw-ring-inset: ;`) is a value, not a missing one.
                if (declaration.Value.Length > 0 || declaration.Property.StartsWith("--", StringComparison.Ordinal))
                    builder.Append(": ").Append(declaration.Value);
                builder.Append(";\n");
                break;
            case CssStyleRule rule:
                var selectors = CssTree.SplitSelectors(rule.Selector);
                var oneLine = string.Join(", ", selectors);
                var head =
                    oneLine.Length + indent.Length <= LineWidth ? oneLine : string.Join(",\n" + indent, selectors);
                Block(builder, indent + head, rule.Body, depth);
                break;
            case CssAtRule { Body: null } statement:
                builder.Append(indent).Append(statement.Prelude).Append(";\n");
                break;
            case CssAtRule block:
                Block(builder, indent + block.Prelude, block.Body, depth);
                break;
        }
    }

    private static void Block(StringBuilder builder, string head, List<CssNode> body, int depth)
    {
        builder.Append(head).Append(" {\n");
        foreach (var child in body)
            Write(builder, child, depth + 1);
        builder.Append(new string(' ', depth * 2)).Append("}\n");
    }
}
