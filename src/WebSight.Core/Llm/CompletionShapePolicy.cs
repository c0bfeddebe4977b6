using System.ClientModel.Primitives;
using System.Text.Json;

namespace WebSight.Core.Llm;

/// <summary>
/// Checks that a success answer has the shape of a chat completion before the SDK reads it: the SDK takes a body
/// without <c>choices</c> for a completion with none and fails later with an index error, and a body that is no
/// JSON object with a reader error; either way the message would not say that the endpoint is the wrong one.
/// </summary>
internal sealed class CompletionShapePolicy : PipelinePolicy
{
    public static CompletionShapePolicy Instance { get; } = new();

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ProcessNext(message, pipeline, currentIndex);
        Check(message);
    }

    public override async ValueTask ProcessAsync(
        PipelineMessage message,
        IReadOnlyList<PipelinePolicy> pipeline,
        int currentIndex
    )
    {
        await ProcessNextAsync(message, pipeline, currentIndex);
        Check(message);
    }

    private static void Check(PipelineMessage message)
    {
        // Error answers are the SDK's to turn into a ClientResultException with their status.
        if (message.Response is { IsError: false } response && Problem(response.Content) is { } problem)
            throw new LlmMalformedAnswerException(problem);
    }

    /// <summary>What is wrong with a success body, or null when it holds <c>choices[0].message</c> with text or none.</summary>
    internal static string? Problem(BinaryData body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToMemory());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return $"the answer is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object";
            if (
                !root.TryGetProperty("choices", out var choices)
                || choices.ValueKind != JsonValueKind.Array
                || choices.GetArrayLength() == 0
            )
                return "the answer has no \"choices\"";
            if (
                choices[0].ValueKind != JsonValueKind.Object
                || !choices[0].TryGetProperty("message", out var message)
                || message.ValueKind != JsonValueKind.Object
            )
                return "the answer's first choice has no \"message\"";
            return
                !message.TryGetProperty("content", out var content)
                || content.ValueKind is JsonValueKind.String or JsonValueKind.Null
                ? null
                : "the answer's message content is not text";
        }
        catch (JsonException)
        {
            return body.ToMemory().IsEmpty ? "the answer is empty" : $"the answer is not JSON: \"{Head(body)}\"";
        }
    }

    /// <summary>The body's first characters on one line: enough to recognise a web server's page.</summary>
    private static string Head(BinaryData body)
    {
        const int Shown = 60;
        var text = System.Text.Encoding.UTF8.GetString(
            body.ToMemory().Span[..Math.Min(body.ToMemory().Length, Shown * 4)]
        );
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length > Shown ? text[..Shown] + "…" : text;
    }
}
