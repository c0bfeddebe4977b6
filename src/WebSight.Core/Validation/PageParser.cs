using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>
/// Parses a page and the documents it embeds with the limits enforced while parsing, not after: the parser's work
/// per tag grows with the nesting depth (46 s for 50,000 nested divs), and misnested markup makes it repair the tree
/// again and again, so a hostile page is stopped at the element or the error that passes a limit. One instance per
/// page: the element limit counts the page and its embedded documents together, and one parser serves them all
/// (making one costs more than parsing a small document).
/// </summary>
internal sealed class PageParser
{
    private readonly ValidationOptions _options;
    private readonly ValidationBudget _budget;
    private readonly HtmlParser _parser;
    private int _elements;
    private int _errors;
    private bool _countErrors;

    /// <summary>An element is placed in the tree after it is created, so its depth is measured at the next creation.</summary>
    private IElement? _previous;

    public PageParser(ValidationOptions options, ValidationBudget budget)
    {
        _options = options;
        _budget = budget;
        _parser = new HtmlParser(
            new HtmlParserOptions { OnCreated = (element, _) => OnCreated(element) },
            BrowsingContext.New(InertFrames.Configuration)
        );
        _parser.Error += (_, _) => OnError();
    }

    /// <summary>The document and its parse errors (counted for the page itself, not for documents it embeds).</summary>
    public (IDocument Document, int ParseErrors) Parse(string html, bool countErrors)
    {
        (_errors, _countErrors, _previous) = (0, countErrors, null);
        var document = _parser.ParseDocument(html);
        if (_previous is not null)
            CheckDepth(_previous);
        return (document, _errors);
    }

    private void OnCreated(IElement element)
    {
        if (_previous is not null)
            CheckDepth(_previous);
        _previous = element;
        if (++_elements > _options.MaxElements)
            throw new ValidationStopped(
                RejectReason.TooManyElements,
                $"over {_options.MaxElements} elements, limit {_options.MaxElements}"
            );
        _budget.ThrowIfSpent();
    }

    private void OnError()
    {
        if (_countErrors && ++_errors > _options.MaxParseErrors)
            throw new ValidationStopped(
                RejectReason.ParseErrors,
                $"over {_options.MaxParseErrors} parse errors, limit {_options.MaxParseErrors}"
            );
        _budget.ThrowIfSpent();
    }

    /// <summary>Walks up at most the limit, so measuring costs no more than the parser already spent on the element.</summary>
    private void CheckDepth(IElement element)
    {
        var depth = 0;
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (++depth > _options.MaxDepth)
                throw new ValidationStopped(
                    RejectReason.TooDeep,
                    $"elements nested over {_options.MaxDepth} deep, limit {_options.MaxDepth}"
                );
        }
    }
}
