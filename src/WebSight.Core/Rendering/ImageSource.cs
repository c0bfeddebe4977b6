using System.Text.Json.Serialization;

namespace WebSight.Core.Rendering;

/// <summary>A library file a page showed, with its licence and author, as the <c>image_sources</c> column lists it.</summary>
internal sealed record ImageSource(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("author")] string? Author
);
