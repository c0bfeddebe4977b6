using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>A rejected sample kept for inspection in rejects/: which stage dropped it, why, and its HTML.</summary>
public sealed class RejectRow
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("index")]
    public long Index { get; set; }

    [JsonPropertyName("stage")]
    public string? Stage { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
