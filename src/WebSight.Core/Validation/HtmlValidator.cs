using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Setup;
using WebSight.Core.Styling;

namespace WebSight.Core.Validation;

/// <summary>
/// Checks a candidate page with AngleSharp and accepts it or names why not: what the browser would fetch or run is
/// looked for everywhere the browser would find it (shadow roots, srcdoc and data: documents included), and no page
/// holds a worker longer than the budget. Thread-safe.
/// </summary>
internal sealed partial class HtmlValidator : IStage<GeneratedPage, ValidatedPage>
{
    public const string StageName = "validate";

    /// <summary>A page that takes every path of the checks once (see the constructor).</summary>
    private static readonly string WarmUpPage = PageWrapper.Wrap(
        "p-4",
        "<p style=\"color:red\">Warm words</p><svg><rect fill=\"url(#a)\"/></svg><iframe srcdoc=\"<p>x</p>\"></iframe>"
    );

    private static int _warmedUp;

    private readonly ValidationOptions _options;
    private readonly ClassCheck _classes;
    private readonly ResourceCheck _resources;
    private readonly TimeProvider _time;

    public HtmlValidator(ValidationOptions options, ITailwindClasses classes, TimeProvider? time = null)
    {
        options.Validate();
        _options = options;
        _classes = new ClassCheck(classes);
        _resources = new ResourceCheck(options.AllowedHosts);
        _time = time ?? TimeProvider.System;
        // The first page in a process loads and compiles the parser and the checks (half a second here, seconds
        // under load): checking one page here keeps that start-up out of the first real page's budget.
        if (Interlocked.Exchange(ref _warmedUp, 1) == 0)
            new HtmlValidator(new ValidationOptions { Budget = TimeSpan.MaxValue }, classes).Validate(
                new GeneratedPage(SampleSpec.For(0, 0), WarmUpPage, "", "", "", [], null)
            );
    }

    public string Name => StageName;

    /// <summary>Parsing is CPU-bound: one worker per core keeps the others going.</summary>
    public int Parallelism => Environment.ProcessorCount;

    public ValueTask<StepResult<ValidatedPage>> RunAsync(GeneratedPage input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Validate(input));

    public StepResult<ValidatedPage> Validate(GeneratedPage page)
    {
        var html = page.Html;
        var bytes = Encoding.UTF8.GetByteCount(html);
        if (bytes > _options.MaxHtmlBytes)
            return Reject(page, RejectReason.TooLarge, $"{bytes} bytes, limit {_options.MaxHtmlBytes}");

        var bodyTags = _options.AllowSeveralBodies ? 1 : BodyTag().Count(html);
        if (bodyTags != 1)
            return Reject(page, RejectReason.BodyCount, $"{bodyTags} <body> tags, expected exactly 1");

        if (!_options.AllowLoremIpsum && Lorem().Match(html) is { Success: true } lorem)
            return Reject(page, RejectReason.LoremIpsum, $"placeholder text '{lorem.Value}'");

        try
        {
            return ValidateMarkup(page);
        }
        catch (ValidationStopped stopped)
        {
            return Reject(page, stopped.Reason, stopped.Message);
        }
        catch (RegexMatchTimeoutException timeout)
        {
            return Reject(page, RejectReason.ValidationBudget, $"a scan of the text took over {timeout.MatchTimeout}");
        }
    }

    private StepResult<ValidatedPage> ValidateMarkup(GeneratedPage page)
    {
        var budget = new ValidationBudget(_options.Budget, _time);
        using var parsed = ParsedPage.Parse(page.Html, _options, budget);
        var document = parsed.Document;

        var stripped = StrippedContent.Nothing;
        if (
            FirstProblem(
                parsed.All,
                budget,
                e => ActiveContent.Find(e, _options.AllowScripts || _options.ScriptsInert)
            ) is
            { } active
        )
        {
            if (!_options.StripScripts)
                return Reject(page, active.Reason, active.Detail);
            stripped = StripActiveContent(document, parsed.Embedded);
            page = page with { Html = Serialize(document) };
        }

        if (
            _options.Resources == ResourcePolicy.Reject
            && FirstProblem(parsed.All, budget, _resources.Find) is { } resource
        )
            return Reject(page, resource.Reason, resource.Detail);

        var words = VisibleWords.Count(document.Body!);
        if (_options.Styling == PageStyling.Css && DefinedClassCheck.Problem(document) is { } undefined)
            return Reject(page, RejectReason.UndefinedClasses, undefined);
        var (tokens, unknown, firstUnknown) =
            _options.Styling == PageStyling.Css
                ? (DefinedClassCheck.Tokens(document), 0, null)
                : _classes.Count(document);
        var metrics = new PageMetrics(parsed.ParseErrors, words, tokens, unknown);
        if (words < _options.MinVisibleWords)
            return Reject(page, RejectReason.TooFewWords, $"{words} visible words, need {_options.MinVisibleWords}");
        if (tokens > 0 && (double)unknown / tokens > _options.MaxUnknownClassShare)
            return Reject(
                page,
                RejectReason.UnknownClasses,
                $"{unknown} of {tokens} class tokens are not {_classes.Profile.DisplayName} (e.g. '{firstUnknown}')"
            );
        return StepResult<ValidatedPage>.Pass(
            new ValidatedPage(
                page,
                metrics with
                {
                    CodeTokens = CodeTokens.Count(page.Html),
                    Complexity = PageComplexity.Measure(document),
                }
            )
            {
                Stripped = stripped,
            }
        );
    }

    private static StepResult<ValidatedPage> Reject(GeneratedPage page, RejectReason reason, string detail) =>
        StepResult<ValidatedPage>.Refuse(reason, detail, page.Html);

    private static (RejectReason Reason, string Detail)? FirstProblem(
        IEnumerable<IDocument> documents,
        ValidationBudget budget,
        Func<IElement, (RejectReason, string)?> check
    )
    {
        foreach (var document in documents)
        {
            foreach (var element in DomWalk.Elements(document))
            {
                budget.ThrowIfSpent();
                if (check(element) is { } problem)
                    return problem;
            }
        }
        return null;
    }

    /// <summary>
    /// Strips every document, then writes each embedded one back into the attribute it came from, innermost first so
    /// an outer document is serialised with its inner ones already rewritten.
    /// </summary>
    private StrippedContent StripActiveContent(IDocument page, List<EmbeddedDocument> embedded)
    {
        var removed = new Dictionary<RejectReason, int>();
        ActiveContent.Strip(DomWalk.Elements(page), _options.AllowScripts, removed);
        var changed = new HashSet<IDocument>();
        foreach (var inner in embedded.OrderByDescending(e => e.Depth))
        {
            var before = removed.Values.Sum();
            ActiveContent.Strip(DomWalk.Elements(inner.Document), _options.AllowScripts, removed);
            if (removed.Values.Sum() == before && !changed.Contains(inner.Document))
                continue;
            ShadowRoots.Materialize(inner.Document);
            var markup = inner.Document.ToHtml();
            inner.Owner.SetAttribute(
                inner.Attribute,
                inner.DataMediaType is { } type ? DataUrls.Encode(type, markup) : markup
            );
            changed.Add(inner.Container);
        }
        ShadowRoots.Materialize(page);
        return new StrippedContent(removed);
    }

    /// <summary>Re-serialises a stripped page in the WebSight shape: the head's children, then the body.</summary>
    private static string Serialize(IDocument document)
    {
        var builder = new StringBuilder("<html>\n");
        foreach (var child in document.Head?.Children ?? Enumerable.Empty<IElement>())
            builder.Append(child.OuterHtml).Append('\n');
        builder.Append(document.Body!.OuterHtml).Append("\n</html>");
        return builder.ToString();
    }

    [GeneratedRegex(
        @"<body[\s>/]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex BodyTag();

    [GeneratedRegex(
        @"\blorem\b|\bipsum dolor\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Lorem();
}
