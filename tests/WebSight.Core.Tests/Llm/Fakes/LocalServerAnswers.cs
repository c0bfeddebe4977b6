using System.Text;
using System.Text.Json.Nodes;

namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>
/// Answers as local OpenAI-compatible servers put them on the wire, written from their documented formats, each
/// with the quirk the generator must survive. The reasoning they carry always contains <see cref="Reasoning"/>.
/// </summary>
internal static class LocalServerAnswers
{
    public const string Reasoning = "Okay, the user wants websites; let me think";

    public const string Json = "application/json";

    /// <summary>vLLM with a reasoning parser: <c>reasoning_content</c> beside <c>content</c>, vLLM's extra fields.</summary>
    public static FakeWire Vllm(string model, string content) =>
        new(
            Completion(
                    model,
                    new JsonObject
                    {
                        ["role"] = "assistant",
                        ["reasoning_content"] = Reasoning + " about it.",
                        ["content"] = content,
                        ["tool_calls"] = new JsonArray(),
                    },
                    "stop",
                    Usage(content),
                    ("stop_reason", null),
                    ("prompt_logprobs", null)
                )
                .ToJsonString(),
            Json
        );

    /// <summary>llama.cpp's server with <c>--reasoning-format none</c>: the reasoning inside <c>content</c>, and
    /// <c>timings</c> but no <c>usage</c>; the finish reason left null, as some builds and proxies do.</summary>
    public static FakeWire LlamaCpp(string model, string content) =>
        new(
            Completion(
                    model,
                    new JsonObject
                    {
                        ["role"] = "assistant",
                        ["content"] = $"<think>\n{Reasoning}.\n</think>\n\n{content}",
                    },
                    null,
                    null,
                    (
                        "timings",
                        new JsonObject
                        {
                            ["prompt_n"] = 120,
                            ["predicted_n"] = 900,
                            ["predicted_ms"] = 21000.5,
                        }
                    )
                )
                .ToJsonString(),
            Json
        );

    /// <summary>Ollama's <c>/v1</c> with a thinking model whose chat template opens the block in the prompt: only
    /// the closing tag is in <c>content</c>; no <c>finish_reason</c> at all.</summary>
    public static FakeWire Ollama(string model, string content)
    {
        var body = Completion(
            model,
            new JsonObject { ["role"] = "assistant", ["content"] = $"{Reasoning}.\n</think>\n\n{content}" },
            "stop",
            Usage(content),
            ("system_fingerprint", "fp_ollama")
        );
        ((JsonObject)body["choices"]![0]!).Remove("finish_reason");
        return new(body.ToJsonString(), Json);
    }

    /// <summary>LM Studio configured to stream: <c>text/event-stream</c> chunks, reasoning deltas, a usage chunk.</summary>
    public static FakeWire LmStudioStreaming(string model, string content)
    {
        var events = new StringBuilder();
        void Chunk(JsonObject? delta, string? finish, JsonObject? usage = null)
        {
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-lmstudio",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1_737_000_000,
                ["model"] = model,
                ["system_fingerprint"] = model,
                ["choices"] = delta is null
                    ? new JsonArray()
                    : new JsonArray(
                        new JsonObject
                        {
                            ["index"] = 0,
                            ["delta"] = delta,
                            ["logprobs"] = null,
                            ["finish_reason"] = finish,
                        }
                    ),
            };
            if (usage is not null)
                chunk["usage"] = usage;
            events.Append("data: ").Append(chunk.ToJsonString()).Append("\n\n");
        }
        Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null);
        Chunk(new JsonObject { ["reasoning_content"] = Reasoning + "." }, null);
        var third = content.Length / 3;
        foreach (var part in new[] { content[..third], content[third..(2 * third)], content[(2 * third)..] })
            Chunk(new JsonObject { ["content"] = part }, null);
        Chunk(new JsonObject(), "stop");
        Chunk(null, null, Usage(content));
        events.Append("data: [DONE]\n\n");
        return new(events.ToString(), "text/event-stream");
    }

    private static JsonObject Completion(
        string model,
        JsonObject message,
        string? finishReason,
        JsonObject? usage,
        params (string Name, JsonNode? Value)[] extra
    )
    {
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            ["object"] = "chat.completion",
            ["created"] = 1_737_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = message,
                    ["logprobs"] = null,
                    ["finish_reason"] = finishReason,
                }
            ),
        };
        if (usage is not null)
            body["usage"] = usage;
        foreach (var (name, value) in extra)
            body[name] = value;
        return body;
    }

    private static JsonObject Usage(string content) =>
        new()
        {
            ["prompt_tokens"] = 300,
            ["completion_tokens"] = FakeLlmServer.TokensOf(content),
            ["total_tokens"] = 300 + FakeLlmServer.TokensOf(content),
        };
}
