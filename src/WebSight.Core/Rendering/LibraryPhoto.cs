namespace WebSight.Core.Rendering;

/// <summary>One picture of an <c>--images</c> library: its name in the library, its path, its keywords and credit.</summary>
internal sealed record LibraryPhoto(
    string File,
    string Path,
    IReadOnlyList<string> Keywords,
    string? License,
    string? Author
)
{
    public ImageSource Source => new(File, License, Author);
}
