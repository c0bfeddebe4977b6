using WebSight.Core.Generation;

namespace WebSight.Core.Rendering;

/// <summary>
/// The images of one page. With a photo library, each distinct image URL gets its file in the order the page's
/// markup names them (so the choice does not depend on which request the browser sends first), avoiding a file
/// the page already shows while others match; the files actually served are the page's <see cref="Sources"/>.
/// Without one, every URL is its placeholder and there are no sources. Requests may arrive on several threads.
/// </summary>
internal sealed class PageImages : IImageResolver
{
    private readonly OfflineResources _resources;
    private readonly PhotoLibrary? _photos;
    private readonly Dictionary<ImageRequest, LibraryPhoto> _plan = [];
    private readonly List<LibraryPhoto> _order = [];
    private readonly HashSet<LibraryPhoto> _served = [];
    private readonly Lock _lock = new();

    public PageImages(OfflineResources resources, PhotoLibrary? photos, string html)
    {
        _resources = resources;
        _photos = photos;
        if (photos is null)
            return;
        foreach (var url in ImageUrls.InText(html))
        {
            if (ImageUrls.TryParse(url, out var request))
                Planned(photos, request);
        }
    }

    /// <summary>The library files this page showed, in the order its markup names them; null without a library.</summary>
    public IReadOnlyList<ImageSource>? Sources
    {
        get
        {
            if (_photos is null)
                return null;
            lock (_lock)
                return [.. _order.Where(_served.Contains).Distinct().Select(p => p.Source)];
        }
    }

    public OfflineResponse? ResolveImage(string url)
    {
        if (!ImageUrls.TryParse(url, out var request))
            return null;
        if (_photos is null)
            return _resources.Placeholder(request);
        LibraryPhoto photo;
        lock (_lock)
            photo = Planned(_photos, request);
        if (_photos.Crop(photo, request.Width, request.Height) is not { } jpeg)
            return null;
        lock (_lock)
            _served.Add(photo);
        return new OfflineResponse(PhotoCropper.ContentType, jpeg);
    }

    private LibraryPhoto Planned(PhotoLibrary photos, ImageRequest request)
    {
        if (_plan.TryGetValue(request, out var planned))
            return planned;
        var photo = photos.Choose(request.Keyword, _order.ToHashSet());
        _plan[request] = photo;
        _order.Add(photo);
        return photo;
    }
}
