using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Rendering;

/// <summary>
/// The answers one page gets, under its resource policy, for what the renderer does not serve anyway (the Tailwind
/// stylesheet, WebSight's image URLs): with <c>local</c>, a file of the page's own folder for a URL of the page's
/// address; otherwise a placeholder of the size the markup asks for an image, an empty document for a frame, and
/// nothing (the request is dropped) for stylesheets, scripts, fonts and the rest. Every answer is made here, so no
/// request leaves the machine. Counts what it replaced, by kind; requests may arrive on several threads.
/// </summary>
internal sealed class PageResources
{
    private static readonly byte[] EmptyDocument = "<!doctype html><html><head></head><body></body></html>"u8.ToArray();

    private readonly OfflineResources _offline;
    private readonly ResourcePolicy _policy;
    private readonly LocalFolder? _folder;
    private readonly Dictionary<string, ImageHint> _hints;
    private readonly ConcurrentDictionary<string, int> _replaced = new(StringComparer.Ordinal);

    private PageResources(
        OfflineResources offline,
        ResourcePolicy policy,
        LocalFolder? folder,
        string baseUrl,
        Dictionary<string, ImageHint> hints
    )
    {
        _offline = offline;
        _policy = policy;
        _folder = folder;
        BaseUrl = baseUrl;
        _hints = hints;
    }

    /// <summary>The address the page is shown at; null under <c>reject</c>, where it is shown as before.</summary>
    public string? BaseUrl { get; }

    /// <summary>
    /// The resources of <paramref name="page"/> under <paramref name="policy"/>; <c>local</c> serves files only for a
    /// page read from a file (its folder), a page from JSON lines, Parquet or WARC gets placeholders.
    /// </summary>
    public static PageResources For(GeneratedPage page, ResourcePolicy policy, OfflineResources offline)
    {
        if (policy == ResourcePolicy.Reject)
            return new PageResources(offline, policy, null, null!, []);
        var baseUrl = DocumentBase.UrlFor(page.SourceFile is { } file ? Path.GetFileName(file) : null);
        var folder =
            policy == ResourcePolicy.Local && page.SourceFile is { } source
                ? new LocalFolder(Path.GetDirectoryName(source)!)
                : null;
        Dictionary<string, ImageHint> hints;
        try
        {
            hints = ImageSizes.Of(page.Html, new Uri(baseUrl));
        }
        catch (RegexMatchTimeoutException)
        {
            hints = [];
        }
        return new PageResources(offline, policy, folder, baseUrl, hints);
    }

    /// <summary>How many requests were answered with a stand-in or dropped.</summary>
    public int Replaced => _replaced.Values.Sum();

    /// <summary>The kinds of what was replaced, sorted, comma-separated; null when nothing was.</summary>
    public string? Kinds => _replaced.IsEmpty ? null : string.Join(",", _replaced.Keys.Order(StringComparer.Ordinal));

    /// <summary>The document the browser is given: with the page's address as its base, unless rejecting.</summary>
    public string DocumentFor(string document) => BaseUrl is null ? document : DocumentBase.Insert(document, BaseUrl);

    /// <summary>The answer to a request nothing else serves, or null to drop it (counted as replaced).</summary>
    public OfflineResponse? Answer(IRequest request)
    {
        if (_policy == ResourcePolicy.Reject)
            return null;
        var url = request.Url;
        if (_folder is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host == DocumentBase.Host)
        {
            if (_folder.Read(uri.AbsolutePath) is { } bytes)
                return new OfflineResponse(MediaTypes.Of(uri.AbsolutePath), bytes);
        }
        var kind = Kind(request.ResourceType);
        _replaced.AddOrUpdate(kind, 1, (_, n) => n + 1);
        return kind switch
        {
            "image" => Placeholder(url),
            "frame" => new OfflineResponse("text/html; charset=utf-8", EmptyDocument),
            _ => null,
        };
    }

    private OfflineResponse Placeholder(string url)
    {
        var hint = _hints.TryGetValue(Normalized(url), out var known) ? known : ImageSizes.Default;
        var keyword = hint.Keyword == ImageSizes.Default.Keyword ? FileStem(url) ?? hint.Keyword : hint.Keyword;
        return _offline.Placeholder(new ImageRequest(hint.Width, hint.Height, keyword));
    }

    private static string Normalized(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;

    /// <summary>The file name of an image URL without extension (hero-banner.jpg: "hero banner"), as its subject.</summary>
    private static string? FileStem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return null;
        var stem = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(uri.AbsolutePath));
        var words = stem.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length is > 0 and <= 60 ? words : null;
    }

    /// <summary>The kind a row records for a request, from Chromium's resource type.</summary>
    private static string Kind(string resourceType) =>
        resourceType switch
        {
            "image" => "image",
            "stylesheet" => "stylesheet",
            "script" => "script",
            "font" => "font",
            "document" => "frame",
            "media" => "media",
            "fetch" or "xhr" or "eventsource" => "fetch",
            _ => "other",
        };
}
