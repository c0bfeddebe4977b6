using System.Text.Json.Serialization;
using WebSight.Core.Writing;

namespace WebSight.Review;

/// <summary>
/// The two layout columns of a row and nothing else, so reading a sample's boxes never touches its image. Public
/// because Parquet.Net's serializer compiles accessors for it.
/// </summary>
public sealed class LayoutRow
{
    [JsonPropertyName("layout_elements")]
    public List<LayoutElementRow>? LayoutElements { get; set; }

    [JsonPropertyName("layout_text")]
    public List<LayoutTextRow>? LayoutText { get; set; }
}
