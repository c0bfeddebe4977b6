using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using WebSight.Core.Generation;
using WebSight.Core.Setup;

namespace WebSight.Core.Rendering;

/// <summary>
/// Everything a page may load, answered locally: the Tailwind stylesheet from the cached copy and image URLs
/// with keyword-seeded placeholders. Any other request is refused, so nothing leaves the machine.
/// </summary>
internal sealed partial class OfflineResources(TailwindRules rules, byte[] fullStylesheet, bool serveFullStylesheet)
{
    /// <summary>Appended to every served stylesheet so captures are deterministic: no animation frame, no caret.</summary>
    private static readonly byte[] FreezeRules =
        "*,*::before,*::after{animation-duration:0s!important;animation-delay:0s!important;transition:none!important;caret-color:transparent!important}"u8.ToArray();

    private readonly byte[] _fullStylesheetFrozen = [.. fullStylesheet, .. FreezeRules];

    private const int MaxCachedImages = 4096;

    private static readonly HashSet<string> ServedStylesheets = new(StringComparer.OrdinalIgnoreCase)
    {
        PageWrapper.TailwindCdnUrl,
        "https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.css",
        "https://unpkg.com/tailwindcss@2.2.19/dist/tailwind.min.css",
        "https://unpkg.com/tailwindcss@^2/dist/tailwind.min.css",
        "https://unpkg.com/tailwindcss@2/dist/tailwind.min.css",
    };

    private readonly ConcurrentDictionary<ImageRequest, byte[]> _images = new();

    public static bool IsServedStylesheet(string url) => ServedStylesheets.Contains(url.Trim());

    /// <summary>
    /// The stylesheet to answer this page's Tailwind link with: only the rules its classes can match, unless the
    /// whole sheet was asked for (parsing 2.9 MB of CSS per page is most of a page load otherwise), followed by
    /// rules that freeze animations and the caret.
    /// </summary>
    public byte[] StylesheetFor(string html)
    {
        if (serveFullStylesheet)
            return _fullStylesheetFrozen;
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
        return [.. rules.SubsetFor(classes), .. FreezeRules];
    }

    /// <summary>The placeholder for an image URL of the documented scheme, or null to block the request.</summary>
    public OfflineResponse? ResolveImage(string url)
    {
        if (!ImageUrls.TryParse(url, out var image))
            return null;
        if (_images.Count >= MaxCachedImages)
            _images.Clear();
        return new OfflineResponse(PlaceholderImages.ContentType, _images.GetOrAdd(image, PlaceholderImages.Render));
    }

    /// <summary>The placeholder for an image URL of the documented scheme as a data: URI, or null for any other URL.</summary>
    public string? ImageDataUri(string url) =>
        ResolveImage(url) is { } image ? $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Body)}" : null;

    [GeneratedRegex(
        @"\bclass\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>""']+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex ClassAttribute();
}

internal sealed record OfflineResponse(string ContentType, byte[] Body);
