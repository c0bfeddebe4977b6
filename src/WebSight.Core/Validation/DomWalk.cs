using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WebSight.Core.Validation;

/// <summary>
/// Every element of a document as the browser has it: the tree, the shadow roots that declarative templates
/// (<c>&lt;template shadowrootmode&gt;</c>) attach, and template contents. AngleSharp keeps the last two outside
/// <c>document.All</c> and its selectors, which is how a script in a shadow root passed unseen.
/// </summary>
internal static class DomWalk
{
    /// <summary>Each element before what it holds; without recursion, so no depth can overflow the stack.</summary>
    public static IEnumerable<IElement> Elements(INode root)
    {
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is IElement element)
            {
                yield return element;
                if (element.ShadowRoot is { } shadow)
                    pending.Push(shadow);
                if (element is IHtmlTemplateElement template)
                    pending.Push(template.Content);
            }
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                    pending.Push(child);
            }
        }
    }
}
