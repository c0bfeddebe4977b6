using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>
/// TreeBLEU (Gui et al., "WebCode2M", 2024): the share of the reference's height-one subtrees — an element's tag
/// and the sequence of its children's tags — that the prediction holds too, over the rendered DOM of each page (the
/// layout snapshot's elements). <see cref="Precision"/> is the same share taken of the prediction's subtrees.
/// Subtrees are compared as sets, as the paper defines them.
/// </summary>
internal static class TreeBleu
{
    public static (double Recall, double Precision) Score(
        IReadOnlyList<ElementBox> reference,
        IReadOnlyList<ElementBox> predicted
    )
    {
        var wanted = Subtrees(reference);
        var found = Subtrees(predicted);
        if (wanted.Count == 0 || found.Count == 0)
            return wanted.Count == found.Count ? (1, 1) : (0, 0);
        var common = wanted.Count(found.Contains);
        return (common / (double)wanted.Count, common / (double)found.Count);
    }

    /// <summary>Each element with children as "tag(child,child,…)", children in document order.</summary>
    public static HashSet<string> Subtrees(IReadOnlyList<ElementBox> elements)
    {
        var children = new List<string>?[elements.Count];
        for (var i = 0; i < elements.Count; i++)
        {
            var parent = elements[i].Parent;
            if (parent >= 0 && parent < elements.Count)
                (children[parent] ??= []).Add(elements[i].Tag);
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            if (children[i] is { } list)
                result.Add(elements[i].Tag + "(" + string.Join(",", list) + ")");
        }
        return result;
    }
}
