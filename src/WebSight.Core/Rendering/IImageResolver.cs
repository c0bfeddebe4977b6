namespace WebSight.Core.Rendering;

/// <summary>Answers an image URL of a page with the picture to show, or null to leave (and block) it.</summary>
internal interface IImageResolver
{
    OfflineResponse? ResolveImage(string url);
}
