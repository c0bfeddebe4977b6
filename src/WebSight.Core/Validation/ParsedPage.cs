using AngleSharp.Dom;

namespace WebSight.Core.Validation;

/// <summary>A page parsed under its limits, with the documents it embeds; disposing it disposes them all.</summary>
internal sealed class ParsedPage : IDisposable
{
    private ParsedPage(IDocument document, int parseErrors, List<EmbeddedDocument> embedded)
    {
        Document = document;
        ParseErrors = parseErrors;
        Embedded = embedded;
        All = [document, .. embedded.Select(e => e.Document)];
    }

    public IDocument Document { get; }

    public int ParseErrors { get; }

    public List<EmbeddedDocument> Embedded { get; }

    /// <summary>The page's document first, then every embedded one.</summary>
    public IReadOnlyList<IDocument> All { get; }

    public static ParsedPage Parse(string html, ValidationOptions options, ValidationBudget budget)
    {
        var parser = new PageParser(options, budget);
        var (document, parseErrors) = parser.Parse(html, countErrors: true);
        try
        {
            return new ParsedPage(document, parseErrors, EmbeddedDocuments.Collect(document, parser, budget));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var document in All)
            document.Dispose();
    }
}
