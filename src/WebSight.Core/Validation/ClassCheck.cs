using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using WebSight.Core.Setup;

namespace WebSight.Core.Validation;

/// <summary>Counts a page's class tokens and those Tailwind 2.2.19 does not define.</summary>
internal sealed class ClassCheck(TailwindRules classes)
{
    public (int Tokens, int Unknown, string? FirstUnknown) Count(IDocument document)
    {
        int tokens = 0,
            unknown = 0;
        string? first = null;
        foreach (var element in document.All)
        {
            if (element is not IHtmlElement || element.ClassList.Length == 0)
                continue;
            foreach (var name in element.ClassList)
            {
                tokens++;
                if (classes.Contains(name))
                    continue;
                unknown++;
                first ??= name;
            }
        }
        return (tokens, unknown, first);
    }
}
