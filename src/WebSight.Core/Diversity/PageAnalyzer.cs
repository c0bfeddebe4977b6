using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;

namespace WebSight.Core.Diversity;

/// <summary>Reads one page with AngleSharp into the figures the diversity measures count. Thread-safe.</summary>
internal static partial class PageAnalyzer
{
    public const string NoLanguage = "none";

    public static PageShape Analyze(StoredPage page)
    {
        var document = new HtmlParser().ParseDocument(page.Text);
        var body = document.Body ?? document.DocumentElement;
        var bodyClasses = body.ClassList.ToArray();
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var classUses = new List<string>();
        foreach (var element in document.QuerySelectorAll("[class]"))
        {
            foreach (var name in element.ClassList)
            {
                classes.Add(name);
                classUses.Add(name);
            }
        }
        var images = ImageUrls(document);
        var lang = document.DocumentElement.GetAttribute("lang");
        return new PageShape(
            Topic: page.Topic,
            Archetype: page.Archetype,
            Language: string.IsNullOrWhiteSpace(lang) ? NoLanguage : lang.Trim().ToLowerInvariant(),
            SectionSkeletons: Skeletons.Sections(body),
            DomSkeleton: Skeletons.Of(body),
            Classes: classes,
            BodyClasses: string.Join(' ', bodyClasses),
            BodyBackground: Colours.BodyBackground(bodyClasses),
            AccentFamily: Colours.Accent(classUses),
            Sentences: Sentences.Of(body),
            Images: images.Count,
            RepeatsAnImage: images.Count != images.Distinct(StringComparer.Ordinal).Count(),
            ImageSources: Sources(page.ImageSources),
            PageHeight: page.PageHeight,
            CodeTokens: page.CodeTokens ?? CodeTokens.Count(page.Text)
        );
    }

    /// <summary>Every picture the page shows: <c>img</c> sources and <c>url(...)</c> backgrounds in style attributes.</summary>
    private static List<string> ImageUrls(IDocument document)
    {
        var urls = new List<string>();
        foreach (var image in document.QuerySelectorAll("img[src]"))
            urls.Add(image.GetAttribute("src")!.Trim());
        foreach (var styled in document.QuerySelectorAll("[style]"))
        {
            foreach (Match match in CssUrl().Matches(styled.GetAttribute("style")!))
                urls.Add(match.Groups["url"].Value.Trim());
        }
        return urls;
    }

    /// <summary>
    /// The files or URLs an <c>image_sources</c> value names: a JSON array of strings, or of objects with a
    /// <c>file</c>, <c>path</c> or <c>url</c>. Anything else names nothing.
    /// </summary>
    private static List<string> Sources(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return [];
            return document
                .RootElement.EnumerateArray()
                .Select(Source)
                .Where(s => !string.IsNullOrEmpty(s))
                .Select(s => s!)
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Source(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
            return item.GetString();
        if (item.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var name in new[] { "file", "path", "url" })
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                return value.GetString();
        }
        return null;
    }

    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();
}
