using System.Collections.Concurrent;
using WebSight.Core.Generation;

namespace WebSight.Core.Rendering;

/// <summary>
/// Everything a page may load, answered locally: the Tailwind stylesheet from the cached copy and image URLs
/// with keyword-seeded placeholders. Any other request is refused, so nothing leaves the machine.
/// </summary>
internal sealed class OfflineResources(byte[] tailwindCss)
{
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

    /// <summary>The body and content type to answer <paramref name="url"/> with, or null to block it.</summary>
    public OfflineResponse? Resolve(string url)
    {
        if (IsServedStylesheet(url))
            return new OfflineResponse("text/css; charset=utf-8", tailwindCss);
        if (!ImageUrls.TryParse(url, out var image))
            return null;
        if (_images.Count >= MaxCachedImages)
            _images.Clear();
        return new OfflineResponse(PlaceholderImages.ContentType, _images.GetOrAdd(image, PlaceholderImages.Render));
    }
}

internal sealed record OfflineResponse(string ContentType, byte[] Body);
