using AngleSharp.Dom;
using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// Finds and parses the documents a page embeds, and the ones those embed, to a bounded depth: each is a page the
/// browser renders, fetching and running what it holds, so each gets the same checks as the page itself.
/// </summary>
internal static class EmbeddedDocuments
{
    /// <summary>Deepest chain of documents inside documents a page may have (a srcdoc in a srcdoc in a srcdoc).</summary>
    public const int MaxDepth = 3;

    /// <summary>Most documents a page may embed: each costs a document to check here and a frame to render.</summary>
    public const int MaxCount = 50;

    /// <summary>Every embedded document, each before the ones inside it.</summary>
    public static List<EmbeddedDocument> Collect(IDocument page, PageParser parser, ValidationBudget budget)
    {
        var found = new List<EmbeddedDocument>();
        var pending = new Queue<(IDocument Document, int Depth)>();
        pending.Enqueue((page, 0));
        while (pending.TryDequeue(out var container))
        {
            foreach (var element in DomWalk.Elements(container.Document))
            {
                budget.ThrowIfSpent();
                if (Source(element) is not { } source)
                    continue;
                var depth = container.Depth + 1;
                if (depth > MaxDepth)
                    throw new ValidationStopped(
                        RejectReason.TooDeep,
                        $"documents embedded over {MaxDepth} deep (<{element.LocalName}> {source.Attribute}), limit {MaxDepth}"
                    );
                if (found.Count == MaxCount)
                    throw new ValidationStopped(
                        RejectReason.TooManyElements,
                        $"over {MaxCount} embedded documents (srcdoc or data: frames), limit {MaxCount}"
                    );
                // The HTML parser reads a processing instruction as a comment; in an XML document it fetches a stylesheet.
                if (
                    source.MediaType?.Contains("xml", StringComparison.Ordinal) == true
                    && source.Markup.Contains("<?xml-stylesheet", StringComparison.Ordinal)
                )
                    throw new ValidationStopped(
                        RejectReason.ForeignResource,
                        $"<?xml-stylesheet?> in a {source.MediaType} document in <{element.LocalName}> {source.Attribute}"
                    );
                var (document, _) = parser.Parse(source.Markup, countErrors: false);
                found.Add(
                    new EmbeddedDocument(
                        document,
                        element,
                        source.Attribute,
                        source.MediaType,
                        container.Document,
                        depth
                    )
                );
                pending.Enqueue((document, depth));
            }
        }
        return found;
    }

    /// <summary>The markup an element renders as a document of its own, or null.</summary>
    private static (string Attribute, string Markup, string? MediaType)? Source(IElement element)
    {
        var name = MarkupNames.LocalPart(element.LocalName).ToLowerInvariant();
        if (name == "iframe" && element.GetAttribute("srcdoc") is { } srcdoc)
            return ("srcdoc", srcdoc, null);
        var attribute = name switch
        {
            "iframe" or "frame" or "embed" => "src",
            "object" => "data",
            _ => null,
        };
        if (attribute is null || element.GetAttribute(attribute) is not { } url)
            return null;
        return DataUrls.TryReadDocument(url, out var mediaType, out var markup) ? (attribute, markup, mediaType) : null;
    }
}
