namespace WebSight.Core.Rendering;

/// <summary>What an image on a page is for; the first comma-separated word of its keyword names it.</summary>
internal enum ImagePurpose
{
    Landscape,
    Portrait,
    Product,
    Food,
    Building,
    Interior,
    Logo,
    Illustration,
    Chart,
}
