using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>
/// The <c>huggingface</c> key-value metadata <c>datasets</c> reads to type columns (Image rather than a bare struct).
/// It must describe exactly the Arrow schema of <see cref="DatasetRow"/>, or <c>datasets</c> ignores it.
/// </summary>
internal static class HuggingFaceFeatures
{
    public const string MetadataKey = "huggingface";

    /// <summary>The dtype of a column that holds a list of structs; its fields are in <see cref="StructFields"/>.</summary>
    public const string ListOfStructs = "list";

    /// <summary>
    /// Column name to Hugging Face dtype, in column order; "image" is the Image feature. Read off <see cref="DatasetRow"/>
    /// itself (its serialized names and CLR types, in the order Parquet.Net writes them), so a new column is declared once.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Dtype)> Columns = Fields(typeof(DatasetRow));

    /// <summary>The fields of each list-of-structs column, in order, with their dtypes.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Dtype)>> StructFields =
        typeof(DatasetRow)
            .GetProperties()
            .Where(p => ElementOfList(p.PropertyType) is not null)
            .ToDictionary(
                p => NameOf(p),
                p => (IReadOnlyList<(string Name, string Dtype)>)Fields(ElementOfList(p.PropertyType)!)
            );

    private static List<(string Name, string Dtype)> Fields(Type type) =>
        type.GetProperties().Select(p => (NameOf(p), Dtype(p.PropertyType))).ToList();

    private static string NameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has no column name.");

    private static Type? ElementOfList(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Dtype(Type type) =>
        type == typeof(HfImage) ? "image"
        : ElementOfList(type) is not null ? ListOfStructs
        : Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int64 => "int64",
            TypeCode.Int32 => "int32",
            TypeCode.Boolean => "bool",
            TypeCode.Double => "float64",
            TypeCode.Single => "float32",
            _ => throw new InvalidOperationException($"No Hugging Face dtype for {type.Name}."),
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
