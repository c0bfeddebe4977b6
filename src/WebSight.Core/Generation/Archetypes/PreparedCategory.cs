using Scriban.Runtime;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>The page's catalogue items that classic templates show as they are, as Scriban values.</summary>
internal sealed class PreparedCategory(Category category)
{
    public ScriptArray Plans { get; } = ScriptValues.ArrayOf(category.Plans);
    public object?[] Stats { get; } = [.. ScriptValues.ArrayOf(category.Stats)];
    public object? Table { get; } = ScriptValues.From(category.Table);
}
