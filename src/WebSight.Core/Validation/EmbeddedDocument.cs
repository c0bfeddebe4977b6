using AngleSharp.Dom;

namespace WebSight.Core.Validation;

/// <summary>
/// A document a page embeds: an iframe's <c>srcdoc</c>, or a <c>data:</c> URL of a markup type (its media type kept)
/// in an iframe, frame, object or embed. <paramref name="Container"/> is the document the owning element is in.
/// </summary>
internal sealed record EmbeddedDocument(
    IDocument Document,
    IElement Owner,
    string Attribute,
    string? DataMediaType,
    IDocument Container,
    int Depth
);
