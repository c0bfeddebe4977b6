using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Writing;

/// <summary>
/// The <c>huggingface</c> key-value metadata <c>datasets</c> reads to type columns (Image rather than a bare struct).
/// It must describe exactly the Arrow schema of <see cref="DatasetRow"/>, or <c>datasets</c> ignores it.
/// </summary>
internal static class HuggingFaceFeatures
{
    public const string MetadataKey = "huggingface";

    /// <summary>Column name to Hugging Face dtype, in column order; "image" is the Image feature.</summary>
    public static readonly IReadOnlyList<(string Name, string Dtype)> Columns =
    [
        ("image", "image"),
        ("text", "string"),
        ("llm_generated_idea", "string"),
        ("id", "string"),
        ("generator", "string"),
        ("topic", "string"),
        ("archetype", "string"),
        ("seed", "int64"),
        ("index", "int64"),
        ("width", "int32"),
        ("height", "int32"),
        ("page_height", "int32"),
        ("clamped", "bool"),
        ("visible_words", "int32"),
        ("code_tokens", "int32"),
        ("qa_flags", "string"),
        ("qa_luma_stddev", "float64"),
        ("qa_dominant_share", "float64"),
        ("qa_content_share", "float64"),
        ("qa_overflow_px", "int32"),
        ("qa_broken_images", "int32"),
        ("qa_text_overflow", "int32"),
        ("qa_image_hash", "int64"),
        ("qa_text_hash", "int64"),
    ];

    public static string MetadataJson()
    {
        var features = new JsonObject();
        foreach (var (name, dtype) in Columns)
        {
            features[name] =
                dtype == "image"
                    ? new JsonObject { ["_type"] = "Image" }
                    : new JsonObject { ["dtype"] = dtype, ["_type"] = "Value" };
        }
        var root = new JsonObject { ["info"] = new JsonObject { ["features"] = features } };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public static IReadOnlyDictionary<string, string> Metadata() =>
        new Dictionary<string, string> { [MetadataKey] = MetadataJson() };
}
