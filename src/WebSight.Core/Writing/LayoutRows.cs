using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>One element of a row's layout, as stored: a struct in the <c>layout_elements</c> list. Public for Parquet.Net.</summary>
public sealed class LayoutElementRow
{
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>Index of the nearest rendered ancestor in the same list; -1 for the root.</summary>
    [JsonPropertyName("parent")]
    public int Parent { get; set; }

    [JsonPropertyName("x")]
    public float X { get; set; }

    [JsonPropertyName("y")]
    public float Y { get; set; }

    [JsonPropertyName("width")]
    public float Width { get; set; }

    [JsonPropertyName("height")]
    public float Height { get; set; }

    [JsonPropertyName("visible")]
    public bool Visible { get; set; }

    [JsonPropertyName("color")]
    public string? Color { get; set; }

    [JsonPropertyName("background_color")]
    public string? BackgroundColor { get; set; }

    [JsonPropertyName("font_size")]
    public float FontSize { get; set; }

    [JsonPropertyName("font_weight")]
    public int FontWeight { get; set; }
}

/// <summary>One text block of a row's layout: a struct in the <c>layout_text</c> list. Public for Parquet.Net.</summary>
public sealed class LayoutTextRow
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>Index of the element that holds the text in <c>layout_elements</c>.</summary>
    [JsonPropertyName("element")]
    public int Element { get; set; }

    [JsonPropertyName("x")]
    public float X { get; set; }

    [JsonPropertyName("y")]
    public float Y { get; set; }

    [JsonPropertyName("width")]
    public float Width { get; set; }

    [JsonPropertyName("height")]
    public float Height { get; set; }

    [JsonPropertyName("color")]
    public string? Color { get; set; }
}
