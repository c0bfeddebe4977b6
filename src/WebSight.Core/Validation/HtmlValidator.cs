using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Setup;

namespace WebSight.Core.Validation;

/// <summary>Checks a candidate page with AngleSharp and accepts it or names why not. Thread-safe.</summary>
internal sealed partial class HtmlValidator : IStage<GeneratedPage, ValidatedPage>
{
    public const string StageName = "validate";

    private static readonly string[] ResourceAttributes =
    [
        "src",
        "poster",
        "data",
        "background",
        "srcset",
        "xlink:href",
    ];

    private readonly ValidationOptions _options;
    private readonly TailwindRules _classes;
    private readonly HashSet<string> _allowedHosts;

    public HtmlValidator(ValidationOptions options, TailwindRules classes)
    {
        options.Validate();
        _options = options;
        _classes = classes;
        _allowedHosts = new HashSet<string>(options.AllowedHosts, StringComparer.OrdinalIgnoreCase);
    }

    public string Name => StageName;

    /// <summary>Parsing is CPU-bound and a hostile page can be slow to parse: one worker per core keeps the others going.</summary>
    public int Parallelism => Environment.ProcessorCount;

    public ValueTask<StepResult<ValidatedPage>> RunAsync(GeneratedPage input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Validate(input));

    public StepResult<ValidatedPage> Validate(GeneratedPage page)
    {
        var html = page.Html;
        var bytes = Encoding.UTF8.GetByteCount(html);
        if (bytes > _options.MaxHtmlBytes)
            return Reject(page, RejectReason.TooLarge, $"{bytes} bytes, limit {_options.MaxHtmlBytes}");

        var bodyTags = BodyTag().Count(html);
        if (bodyTags != 1)
            return Reject(page, RejectReason.BodyCount, $"{bodyTags} <body> tags, expected exactly 1");

        if (Lorem().Match(html) is { Success: true } lorem)
            return Reject(page, RejectReason.LoremIpsum, $"placeholder text '{lorem.Value}'");

        var parseErrors = 0;
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
        parser.Error += (_, _) => parseErrors++;
        using var document = parser.ParseDocument(html);
        if (parseErrors > _options.MaxParseErrors)
            return Reject(
                page,
                RejectReason.ParseErrors,
                $"{parseErrors} parse errors, limit {_options.MaxParseErrors}"
            );

        var elements = document.All.Length;
        if (elements > _options.MaxElements)
            return Reject(page, RejectReason.TooManyElements, $"{elements} elements, limit {_options.MaxElements}");

        var activeContent = _options.AllowScripts ? null : FindActiveContent(document);
        if (activeContent is { } found)
        {
            if (!_options.StripScripts)
                return Reject(page, found.Reason, found.Detail);
            StripActiveContent(document);
            page = page with { Html = Serialize(document) };
        }

        if (FindForbiddenResource(document) is { } resource)
            return Reject(page, resource.Reason, resource.Detail);

        var words = CountVisibleWords(document.Body!);
        var (tokens, unknown, firstUnknown) = CountClasses(document);
        var metrics = new PageMetrics(parseErrors, words, tokens, unknown);
        if (words < _options.MinVisibleWords)
            return Reject(page, RejectReason.TooFewWords, $"{words} visible words, need {_options.MinVisibleWords}");
        if (tokens > 0 && (double)unknown / tokens > _options.MaxUnknownClassShare)
            return Reject(
                page,
                RejectReason.UnknownClasses,
                $"{unknown} of {tokens} class tokens are not Tailwind 2.2.19 (e.g. '{firstUnknown}')"
            );
        return StepResult<ValidatedPage>.Pass(new ValidatedPage(page, metrics));
    }

    private static StepResult<ValidatedPage> Reject(GeneratedPage page, RejectReason reason, string detail) =>
        StepResult<ValidatedPage>.Refuse(reason, detail, page.Html);

    private static (RejectReason Reason, string Detail)? FindActiveContent(IDocument document)
    {
        if (document.QuerySelector("script") is { } script)
            return (RejectReason.Script, $"<script> element{Describe(script.GetAttribute("src"))}");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Name.Length > 2)
                    return (RejectReason.EventHandler, $"{attribute.Name} attribute on <{element.LocalName}>");
                if (IsJavascriptUrl(attribute.Value) && attribute.Name is not ("class" or "alt" or "title"))
                    return (
                        RejectReason.JavascriptUrl,
                        $"javascript: URL in {attribute.Name} of <{element.LocalName}>"
                    );
            }
        }
        return null;
    }

    private static void StripActiveContent(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script").ToList())
            script.Remove();
        foreach (var element in document.All)
        {
            var doomed = element
                .Attributes.Where(a =>
                    (a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && a.Name.Length > 2)
                    || (IsJavascriptUrl(a.Value) && a.Name is not ("class" or "alt" or "title"))
                )
                .Select(a => a.Name)
                .ToList();
            foreach (var name in doomed)
                element.RemoveAttribute(name);
        }
    }

    /// <summary>Re-serialises a stripped page in the WebSight shape: the head's links, then the body.</summary>
    private static string Serialize(IDocument document)
    {
        var builder = new StringBuilder("<html>\n");
        foreach (var child in document.Head?.Children ?? Enumerable.Empty<IElement>())
            builder.Append(child.OuterHtml).Append('\n');
        builder.Append(document.Body!.OuterHtml).Append("\n</html>");
        return builder.ToString();
    }

    private (RejectReason Reason, string Detail)? FindForbiddenResource(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var href = link.GetAttribute("href")!.Trim();
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) && !TailwindStylesheet.IsCdnLink(href))
                return (RejectReason.ForeignResource, $"stylesheet {Shorten(href)} is not one the renderer serves");
            if (CheckUrl(href, "link href") is { } problem)
                return problem;
        }
        foreach (var element in document.All)
        {
            foreach (var name in ResourceAttributes)
            {
                var value = element.GetAttribute(name);
                if (value is null)
                    continue;
                var urls = name == "srcset" ? SrcsetUrls(value) : [value];
                foreach (var url in urls)
                {
                    if (CheckUrl(url, $"{name} of <{element.LocalName}>") is { } problem)
                        return problem;
                }
            }
            if (element.LocalName is "image" or "use" && element.GetAttribute("href") is { } svgHref)
            {
                if (CheckUrl(svgHref, $"href of <{element.LocalName}>") is { } problem)
                    return problem;
            }
            if (element.GetAttribute("style") is { } style && FindCssUrl(style) is { } styleProblem)
                return styleProblem;
        }
        foreach (var style in document.QuerySelectorAll("style"))
        {
            if (CssImport().IsMatch(style.TextContent))
                return (RejectReason.ForeignResource, "@import in a <style> element");
            if (FindCssUrl(style.TextContent) is { } problem)
                return problem;
        }
        return null;
    }

    private (RejectReason, string)? FindCssUrl(string css)
    {
        foreach (Match match in CssUrl().Matches(css))
        {
            if (CheckUrl(match.Groups["url"].Value, "CSS url()") is { } problem)
                return problem;
        }
        return null;
    }

    private (RejectReason, string)? CheckUrl(string raw, string where)
    {
        var url = raw.Trim().Trim('"', '\'');
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        if (url.StartsWith("//", StringComparison.Ordinal))
            url = "https:" + url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return (RejectReason.LocalResource, $"relative path {Shorten(url)} in {where}");
        if (uri.Scheme is not ("http" or "https"))
            return uri.Scheme == "file"
                ? (RejectReason.LocalResource, $"file URL {Shorten(url)} in {where}")
                : (RejectReason.ForeignResource, $"{uri.Scheme}: URL in {where}");
        return _allowedHosts.Contains(uri.Host)
            ? null
            : (RejectReason.ForeignResource, $"{uri.Host} in {where} is not an allowed host");
    }

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);

    private static int CountVisibleWords(IElement body)
    {
        var count = 0;
        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || IsHidden(text.ParentElement))
                continue;
            count += Word().Count(text.Data);
        }
        return count;
    }

    private static bool IsHidden(IElement? element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "script" or "style" or "template" or "noscript" or "title")
                return true;
            if (current.HasAttribute("hidden"))
                return true;
        }
        return false;
    }

    private (int Tokens, int Unknown, string? FirstUnknown) CountClasses(IDocument document)
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
                if (_classes.Contains(name))
                    continue;
                unknown++;
                first ??= name;
            }
        }
        return (tokens, unknown, first);
    }

    private static bool IsJavascriptUrl(string value) =>
        value.AsSpan().TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string? src) => src is null ? "" : $" loading {Shorten(src)}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"<body[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyTag();

    [GeneratedRegex(@"\blorem\b|\bipsum dolor\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lorem();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"url\(\s*(?<url>[^)]*?)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"@import", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssImport();
}
