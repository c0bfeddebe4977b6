using System.Text.Json.Serialization;

namespace WebSight.Core.Writing;

/// <summary>
/// A rejected sample kept for inspection in rejects/: which stage dropped it, why, and its HTML (or the model's text):
/// the first 64 KiB of it, with the size and SHA-256 of the whole, so a 50 MB page cannot blow up the rejects file.
/// </summary>
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

    [JsonPropertyName("text_bytes")]
    public long TextBytes { get; set; }

    [JsonPropertyName("text_sha256")]
    public string? TextSha256 { get; set; }
}
