using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WebSight.Core.Generation;
using WebSight.Core.Setup;

namespace WebSight.Core.Rendering;

/// <summary>
/// Everything a page may load, answered locally: the Tailwind stylesheet from the cached copy and image URLs
/// with keyword-seeded placeholders, or photos of the user's library (<c>--images</c>). Any other request is
/// refused, so nothing leaves the machine.
/// </summary>
internal sealed partial class OfflineResources(
    TailwindRules rules,
    byte[] fullStylesheet,
    bool serveFullStylesheet,
    PhotoLibrary? photos = null,
    TailwindProfile? profile = null
) : IImageResolver
{
    /// <summary>The run's Tailwind profile: 2 serves subsets of the static sheet, 3 and 4 compile each page.</summary>
    public TailwindProfile Profile { get; } = profile ?? TailwindProfile.V2;

    /// <summary>Appended to every served stylesheet so captures are deterministic: no animation frame, no caret.</summary>
    public static readonly byte[] FreezeRules =
        "*,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important;caret-color:transparent!important}"u8.ToArray();

    private readonly byte[] _fullStylesheetFrozen = [.. fullStylesheet, .. FreezeRules];

    private const int MaxCachedImages = 4096;

    private readonly ConcurrentDictionary<ImageRequest, byte[]> _images = new();

    /// <summary>
    /// The stylesheet to answer this page's Tailwind link with: only the rules its classes can match, unless the
    /// whole sheet was asked for (parsing 2.9 MB of CSS per page is most of a page load otherwise), followed by
    /// rules that freeze animations and the caret.
    /// </summary>
    public byte[] StylesheetFor(string html, TailwindCompiler? compiler = null)
    {
        if (compiler is not null)
            return [.. System.Text.Encoding.UTF8.GetBytes(compiler.Compile(CompilerCandidates(html))), .. FreezeRules];
        if (serveFullStylesheet)
            return _fullStylesheetFrozen;
        try
        {
            return [.. rules.SubsetFor(ClassNames(html)), .. FreezeRules];
        }
        catch (RegexMatchTimeoutException)
        {
            // Markup built to stall the scan gets the whole sheet: slower to load, the same pixels.
            return _fullStylesheetFrozen;
        }
    }

    /// <summary>The page's class tokens, or every whitespace-separated token when a scan times out (a superset).</summary>
    private static IEnumerable<string> CompilerCandidates(string html)
    {
        try
        {
            return ClassNames(html);
        }
        catch (RegexMatchTimeoutException)
        {
            return html.Split(
                    (char[])[' ', '\t', '\n', '\r', '\f', '"', '\'', '<', '>'],
                    StringSplitOptions.RemoveEmptyEntries
                )
                .Distinct(StringComparer.Ordinal);
        }
    }

    private static HashSet<string> ClassNames(string html)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in ClassAttribute().Matches(html))
        {
            foreach (
                var name in match
                    .Groups["v"]
                    .Value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries)
            )
                classes.Add(System.Net.WebUtility.HtmlDecode(name));
        }
        return classes;
    }

    /// <summary>These resources with images from <paramref name="library"/> (none: these same resources).</summary>
    public OfflineResources WithPhotos(PhotoLibrary? library) =>
        library is null ? this : new(rules, fullStylesheet, serveFullStylesheet, library, Profile);

    /// <summary>The images of one page, which remembers the library files the page was shown.</summary>
    public PageImages ImagesFor(string html) => new(this, photos, html);

    /// <summary>The picture for an image URL of the documented scheme, or null to block the request.</summary>
    public OfflineResponse? ResolveImage(string url) =>
        photos is null
            ? ImageUrls.TryParse(url, out var request)
                ? Placeholder(request)
                : null
            : ImagesFor("").ResolveImage(url);

    /// <summary>The picture for an image URL of the documented scheme as a data: URI, or null for any other URL.</summary>
    public string? ImageDataUri(string url) => ResolveImage(url)?.DataUri;

    /// <summary>The placeholder drawing for a request, cached: a page shows the same few images many times.</summary>
    public OfflineResponse Placeholder(ImageRequest request)
    {
        if (_images.Count >= MaxCachedImages)
            _images.Clear();
        return new OfflineResponse(PlaceholderImages.ContentType, _images.GetOrAdd(request, PlaceholderImages.Render));
    }

    /// <summary>Answers one request of a page whose images need no memory of the page (see the overload).</summary>
    public Task ServeAsync(IRoute route, byte[] stylesheet, Action blocked) =>
        ServeAsync(route, stylesheet, this, blocked);

    /// <summary>
    /// Answers one request of a page: its stylesheet, an image from <paramref name="images"/>, or a refusal (counted
    /// by <paramref name="blocked"/>); what neither serves, <paramref name="page"/> answers under its resource policy. Never cached by the browser: each page gets its own stylesheet at the same URL.
    /// </summary>
    public static async Task ServeAsync(
        IRoute route,
        byte[] stylesheet,
        IImageResolver images,
        Action blocked,
        PageResources? page = null
    )
    {
        var url = route.Request.Url;
        var response = TailwindStylesheet.IsCdnLink(url)
            ? new OfflineResponse("text/css; charset=utf-8", stylesheet)
            : images.ResolveImage(url) ?? page?.Answer(route.Request);
        if (response is null)
        {
            blocked();
            await route.AbortAsync("blockedbyclient");
            return;
        }
        await route.FulfillAsync(
            new RouteFulfillOptions
            {
                Status = 200,
                ContentType = response.ContentType,
                BodyBytes = response.Body,
                Headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" },
            }
        );
    }

    /// <summary>
    /// Linear as written (a value's scan ends at the next quote, which the next attribute holds); the timeout bounds it
    /// anyway, as every expression over page text is bounded. The non-backtracking engine took ten times as long a page.
    /// </summary>
    [GeneratedRegex(
        @"\bclass\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>""']+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 250
    )]
    private static partial Regex ClassAttribute();
}

internal sealed record OfflineResponse(string ContentType, byte[] Body)
{
    public string DataUri => $"data:{ContentType};base64,{Convert.ToBase64String(Body)}";
}
