using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Llm;

/// <summary>
/// Settles the fields local servers leave out or fill differently, which the SDK would otherwise reject or
/// misread: a missing, null or unknown <c>finish_reason</c> becomes "stop" (a page cut short is still caught by
/// its missing <c>&lt;/body&gt;</c>, an idea list by its count), and a null <c>usage</c> or one without numeric counts
/// is dropped so the tokens are estimated. A body that is no completion is passed on for the shape check to name.
/// </summary>
internal static class CompletionNormalizer
{
    private static readonly HashSet<string> KnownFinishReasons =
    [
        "stop",
        "length",
        "content_filter",
        "tool_calls",
        "function_call",
    ];

    private static readonly string[] UsageCounts = ["prompt_tokens", "completion_tokens"];

    public static byte[] Normalize(byte[] body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return body;
        }
        if (root is not JsonObject completion || completion["choices"] is not JsonArray choices)
            return body;
        var changed = false;
        foreach (var choice in choices.OfType<JsonObject>())
        {
            if (choice["finish_reason"] is JsonValue value && IsKnown(value))
                continue;
            choice["finish_reason"] = "stop";
            changed = true;
        }
        if (completion.ContainsKey("usage") && UsageLeftEmpty(completion["usage"]))
        {
            completion.Remove("usage");
            changed = true;
        }
        return changed ? JsonSerializer.SerializeToUtf8Bytes(completion) : body;
    }

    private static bool IsKnown(JsonValue value) =>
        value.TryGetValue<string>(out var reason) && KnownFinishReasons.Contains(reason);

    /// <summary>A null usage, or one without its counts; a usage of another type is left for the SDK to refuse.</summary>
    private static bool UsageLeftEmpty(JsonNode? usage) =>
        usage is null
        || usage is JsonObject counts
            && !UsageCounts.All(name =>
                counts[name] is JsonValue count && count.GetValueKind() == JsonValueKind.Number
            );
}
