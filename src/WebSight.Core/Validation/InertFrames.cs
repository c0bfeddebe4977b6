using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WebSight.Core.Validation;

/// <summary>
/// Frames as plain elements for the parser. AngleSharp opens an iframe's srcdoc as a document of its own while
/// parsing, with a parser that knows none of the validator's limits: a srcdoc of 20,000 nested divs cost 12 s before
/// any check ran. The checks parse embedded documents themselves, under the limits (<see cref="EmbeddedDocuments"/>).
/// </summary>
internal sealed class InertFrames : IElementFactory<Document, HtmlElement>
{
    public static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.WithOnly<
        IElementFactory<Document, HtmlElement>
    >(new InertFrames());

    private readonly IElementFactory<Document, HtmlElement> _standard = BrowsingContext
        .New()
        .GetService<IElementFactory<Document, HtmlElement>>()!;

    public HtmlElement Create(
        Document document,
        string localName,
        string? prefix = null,
        NodeFlags flags = NodeFlags.None
    ) =>
        localName is "iframe" or "frame"
            // Special, as the frame elements are: the tree builder's scoping rules depend on it.
            ? new HtmlElement(document, localName, prefix, flags | NodeFlags.Special)
            : _standard.Create(document, localName, prefix, flags);
}
