using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace WebSight.Core.Diversity;

/// <summary>
/// The sentences a reader sees: the text of each block (a heading, a paragraph, a cell; inline tags such as links
/// and spans stay inside their block), split after '.', '!' or '?', with whitespace collapsed. Only sentences of
/// <see cref="MinWords"/> words or more count: short labels ("Read more") repeat on every real site too. A row of
/// links (a menu, a breadcrumb) is a row of labels, each its own block, not one sentence.
/// </summary>
internal static partial class Sentences
{
    public const int MinWords = 6;

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "cite",
        "code",
        "em",
        "i",
        "kbd",
        "label",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script",
        "style",
        "template",
        "noscript",
        "svg",
    };

    public static List<string> Of(IElement body)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Collect(body, current, blocks);
        Flush(current, blocks);
        var sentences = new List<string>();
        foreach (var block in blocks)
        {
            foreach (var sentence in SentenceEnd().Split(block))
            {
                if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
                    sentences.Add(sentence);
            }
        }
        return sentences;
    }

    private static void Collect(INode node, StringBuilder current, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
                current.Append(text.Data);
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                if (Inline.Contains(element.LocalName))
                {
                    Collect(element, current, blocks);
                    continue;
                }
                // A block ends the text before it and starts its own.
                Flush(current, blocks);
                if (IsLinkRow(element))
                    CollectEachLink(element, current, blocks);
                else
                    Collect(element, current, blocks);
                Flush(current, blocks);
            }
        }
    }

    /// <summary>
    /// A menu, footer row or breadcrumb: two or more links with nothing between them but separators ("·", "/").
    /// Its links are labels side by side, not one sentence, however they are marked up.
    /// </summary>
    private static bool IsLinkRow(IElement element)
    {
        var links = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                if (text.Data.Any(char.IsLetterOrDigit))
                    return false;
            }
            else if (child is IElement { LocalName: "a" })
                links++;
            else if (
                child is IElement other
                && (other.LocalName != "span" || other.TextContent.Any(char.IsLetterOrDigit))
            )
                return false;
        }
        return links >= 2;
    }

    private static void CollectEachLink(IElement row, StringBuilder current, List<string> blocks)
    {
        foreach (var link in row.Children)
        {
            if (link.LocalName != "a")
                continue;
            Collect(link, current, blocks);
            Flush(current, blocks);
        }
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        var text = Whitespace().Replace(current.ToString(), " ").Trim();
        if (text.Length > 0)
            blocks.Add(text);
        current.Clear();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
