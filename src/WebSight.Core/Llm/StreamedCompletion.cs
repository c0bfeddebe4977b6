using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Llm;

/// <summary>
/// Assembles a chat-completions event stream (<c>data: {chunk}</c> lines, then <c>data: [DONE]</c>) into the one
/// completion the SDK expects: some servers and proxies are set to stream every answer, asked or not. The content
/// deltas are joined; reasoning deltas are left out; the last finish reason and a usage chunk, if any, are kept.
/// </summary>
internal static class StreamedCompletion
{
    public static byte[] Assemble(byte[] body)
    {
        var content = new StringBuilder();
        JsonObject? first = null;
        string? finishReason = null;
        JsonNode? usage = null;
        foreach (var chunk in Chunks(Encoding.UTF8.GetString(body)))
        {
            if (chunk["choices"] is not JsonArray choices)
                continue;
            first ??= chunk;
            if (chunk["usage"] is JsonObject counts)
                usage = counts.DeepClone();
            if (choices.FirstOrDefault() is not JsonObject choice)
                continue;
            if (choice["delta"]?["content"] is JsonValue delta && delta.TryGetValue<string>(out var text))
                content.Append(text);
            if (choice["finish_reason"] is JsonValue reason && reason.TryGetValue<string>(out var name))
                finishReason = name;
        }
        if (first is null)
            throw new LlmMalformedAnswerException(
                "the answer is an event stream (text/event-stream) without chat-completion chunks; "
                    + "turn streaming off on the server, or in the proxy in front of it"
            );
        var completion = new JsonObject
        {
            ["id"] = first["id"]?.DeepClone() ?? "chatcmpl-streamed",
            ["object"] = "chat.completion",
            ["created"] = first["created"]?.DeepClone() ?? 0,
            ["model"] = first["model"]?.DeepClone() ?? "",
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content.ToString() },
                    ["finish_reason"] = finishReason,
                }
            ),
        };
        if (usage is not null)
            completion["usage"] = usage;
        return CompletionNormalizer.Normalize(JsonSerializer.SerializeToUtf8Bytes(completion));
    }

    /// <summary>The JSON payloads of the stream's <c>data:</c> lines, up to <c>[DONE]</c>; other lines are skipped.</summary>
    private static IEnumerable<JsonObject> Chunks(string stream)
    {
        foreach (var line in stream.Split('\n'))
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
                continue;
            var payload = line["data:".Length..].Trim();
            if (payload == "[DONE]")
                yield break;
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(payload);
            }
            catch (JsonException)
            {
                continue;
            }
            if (node is JsonObject chunk)
                yield return chunk;
        }
    }
}
