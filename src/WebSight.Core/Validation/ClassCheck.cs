using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using WebSight.Core.Setup;

namespace WebSight.Core.Validation;

/// <summary>Counts a page's class tokens and those the run's Tailwind profile makes no rule for.</summary>
internal sealed class ClassCheck(ITailwindClasses classes)
{
    public TailwindProfile Profile => classes.Profile;

    public (int Tokens, int Unknown, string? FirstUnknown) Count(IDocument document)
    {
        var tokens = new List<string>();
        foreach (var element in document.All)
        {
            if (element is IHtmlElement && element.ClassList.Length > 0)
                tokens.AddRange(element.ClassList);
        }
        if (tokens.Count == 0)
            return (0, 0, null);
        var unknownNames = classes.Unknown(tokens);
        int unknown = 0;
        string? first = null;
        foreach (var name in tokens)
        {
            if (!unknownNames.Contains(name))
                continue;
            unknown++;
            first ??= name;
        }
        return (tokens.Count, unknown, first);
    }
}
