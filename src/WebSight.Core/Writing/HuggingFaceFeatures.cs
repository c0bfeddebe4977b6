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
        ("image_sources", "string"),
        ("layout_elements", ListOfStructs),
        ("layout_text", ListOfStructs),
    ];

    /// <summary>The dtype of a column that holds a list of structs; its fields are in <see cref="StructFields"/>.</summary>
    public const string ListOfStructs = "list";

    /// <summary>The fields of each list-of-structs column, in order, with their dtypes.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Dtype)>> StructFields =
        new Dictionary<string, IReadOnlyList<(string, string)>>
        {
            ["layout_elements"] =
            [
                ("tag", "string"),
                ("parent", "int32"),
                ("x", "float32"),
                ("y", "float32"),
                ("width", "float32"),
                ("height", "float32"),
                ("visible", "bool"),
                ("color", "string"),
                ("background_color", "string"),
                ("font_size", "float32"),
                ("font_weight", "int32"),
            ],
            ["layout_text"] =
            [
                ("text", "string"),
                ("element", "int32"),
                ("x", "float32"),
                ("y", "float32"),
                ("width", "float32"),
                ("height", "float32"),
                ("color", "string"),
            ],
        };

    public static string MetadataJson()
    {
        var features = new JsonObject();
        foreach (var (name, dtype) in Columns)
        {
            features[name] = dtype switch
            {
                "image" => new JsonObject { ["_type"] = "Image" },
                // A list of structs is written as a one-element list holding the struct, the form `datasets` reads
                // as a list of dicts (its Sequence of a dict would mean a struct of lists instead).
                ListOfStructs => new JsonArray(Struct(StructFields[name])),
                _ => Value(dtype),
            };
        }
        var root = new JsonObject { ["info"] = new JsonObject { ["features"] = features } };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>The <c>dataset_info.features</c> entries of the card, in its YAML form.</summary>
    public static IEnumerable<string> CardFeatures()
    {
        foreach (var (name, dtype) in Columns)
        {
            yield return $"  - name: {name}";
            if (dtype != ListOfStructs)
            {
                yield return $"    dtype: {dtype}";
                continue;
            }
            yield return "    list:";
            foreach (var (field, fieldType) in StructFields[name])
                yield return $"    - name: {field}\n      dtype: {fieldType}";
        }
    }

    private static JsonObject Value(string dtype) => new() { ["dtype"] = dtype, ["_type"] = "Value" };

    private static JsonObject Struct(IReadOnlyList<(string Name, string Dtype)> fields)
    {
        var result = new JsonObject();
        foreach (var (name, dtype) in fields)
            result[name] = Value(dtype);
        return result;
    }

    public static IReadOnlyDictionary<string, string> Metadata() =>
        new Dictionary<string, string> { [MetadataKey] = MetadataJson() };
}
