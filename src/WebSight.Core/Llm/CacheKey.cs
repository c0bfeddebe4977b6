using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace WebSight.Core.Llm;

/// <summary>SHA-256 over a canonical JSON of everything that decides an answer: endpoint kind, model, messages, parameters.</summary>
internal static class CacheKey
{
    public static string For(LlmProvider provider, ChatRequest request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", provider == LlmProvider.Azure ? "azure" : "openai");
            json.WriteString("model", request.Model);
            json.WriteStartArray("messages");
            foreach (var message in request.Messages)
            {
                json.WriteStartObject();
                json.WriteString("role", message.Role);
                json.WriteString("content", message.Content);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("temperature", request.Temperature.ToString("R", CultureInfo.InvariantCulture));
            if (request.Seed is { } seed)
                json.WriteNumber("seed", seed);
            json.WriteNumber("max_output_tokens", request.MaxOutputTokens);
            json.WriteEndObject();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
