using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WebSight.Core.Validation;

/// <summary>Counts the words a reader of the page sees: text outside scripts, styles, templates and hidden elements.</summary>
internal static partial class VisibleWords
{
    public static int Count(IElement body)
    {
        var count = 0;
        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || IsHidden(text.ParentElement))
                continue;
            count += Count(text.Data);
        }
        return count;
    }

    /// <summary>
    /// Words in a run of text. Chinese and Japanese write no spaces, so each ideograph or kana counts as a word
    /// there (the usual measure for those scripts); other text counts as before.
    /// </summary>
    private static int Count(string data)
    {
        if (!data.Any(IsCjk))
            return Word().Count(data);
        var count = 0;
        foreach (var match in Word().EnumerateMatches(data))
        {
            var cjk = 0;
            foreach (var c in data.AsSpan(match.Index, match.Length))
                cjk += IsCjk(c) ? 1 : 0;
            count += Math.Max(1, cjk);
        }
        return count;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff';

    /// <summary>Walks every ancestor: the parser bounds the depth, so this costs at most that per text node.</summary>
    private static bool IsHidden(IElement? element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (Hides(current))
                return true;
        }
        return false;
    }

    /// <summary>Whether nothing inside <paramref name="element"/> is shown to a reader.</summary>
    public static bool Hides(IElement element) =>
        element.LocalName is "script" or "style" or "template" or "noscript" or "title"
        || element.HasAttribute("hidden");

    /// <summary>
    /// One class, then a loop over a class: it cannot backtrack, and the timeout bounds it anyway, as every expression
    /// over page text is bounded. (The non-backtracking engine takes half a second to build these Unicode classes.)
    /// </summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();
}
