using AngleSharp.Dom;

namespace WebSight.Core.Validation;

/// <summary>
/// The size of a page's markup, measured on the document the validator parsed anyway: element count, depth of the
/// deepest element (&lt;html&gt; is 1), distinct tag names, visible text length (each text node trimmed, outside
/// scripts, styles, templates and hidden elements) and &lt;img&gt; count.
/// </summary>
internal readonly record struct PageComplexity(int Elements, int Depth, int DistinctTags, int TextLength, int Images)
{
    public static PageComplexity Measure(IDocument document)
    {
        if (document.DocumentElement is not { } root)
            return default;
        var tags = new HashSet<string>(StringComparer.Ordinal);
        int elements = 0,
            deepest = 0,
            images = 0,
            text = 0;
        // Iterative, with each element's depth and whether it is hidden: the parser bounds the depth, not the stack.
        var pending = new Stack<(IElement Element, int Depth, bool Hidden)>();
        pending.Push((root, 1, false));
        while (pending.TryPop(out var current))
        {
            var (element, depth, hidden) = current;
            elements++;
            deepest = Math.Max(deepest, depth);
            tags.Add(element.LocalName);
            if (element.LocalName == "img")
                images++;
            hidden = hidden || VisibleWords.Hides(element);
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement childElement)
                    pending.Push((childElement, depth + 1, hidden));
                else if (!hidden && child is IText node)
                    text += node.Data.AsSpan().Trim().Length;
            }
        }
        return new PageComplexity(elements, deepest, tags.Count, text, images);
    }
}
