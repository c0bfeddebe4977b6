using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm.Batching;

/// <summary>
/// The JSONL of the batch API: one request line per sample (its cache key as <c>custom_id</c>) going out, one
/// answer line per request coming back in the output file (a response with its status and chat completion) or
/// the error file (an error, or a response that failed). A line that is not such an answer makes the whole file
/// malformed: nothing of it is used.
/// </summary>
internal static class BatchFiles
{
    /// <summary>The request line of one chat request, as the batch API reads it.</summary>
    public static string RequestLine(string customId, string route, ChatRequest request)
    {
        var body = new JsonObject
        {
            ["model"] = request.Model,
            ["messages"] = new JsonArray(
                request
                    .Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Content })
                    .ToArray()
            ),
            ["temperature"] = request.Temperature,
            ["max_completion_tokens"] = request.MaxOutputTokens,
        };
        if (request.Seed is { } seed)
            body["seed"] = seed;
        return new JsonObject
        {
            ["custom_id"] = customId,
            ["method"] = "POST",
            ["url"] = route,
            ["body"] = body,
        }.ToJsonString();
    }

    public static int LineBytes(string line) => Encoding.UTF8.GetByteCount(line) + 1;

    /// <summary>
    /// Every answer of an output or error file; throws <see cref="FormatException"/> naming the bad line. A
    /// completion line over <paramref name="maxAnswerBytes"/> is refused as too large, as the chat path refuses a
    /// response body over <c>--llm-max-answer-kb</c>.
    /// </summary>
    public static List<BatchAnswer> ReadAnswers(BinaryData file, long maxAnswerBytes)
    {
        var answers = new List<BatchAnswer>();
        using var reader = new StringReader(file.ToString());
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            try
            {
                var answer = ReadAnswer(line);
                var bytes = Encoding.UTF8.GetByteCount(line);
                answers.Add(
                    answer.Response is not null && bytes > maxAnswerBytes
                        ? answer with
                        {
                            Response = null,
                            Error =
                                $"the answer is {bytes / 1024} KB, over the {maxAnswerBytes / 1024} KB cap ({LlmOptions.MaxAnswerKbFlag})",
                            TooLarge = true,
                        }
                        : answer
                );
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"line {number}: {e.Message}", e);
            }
        }
        return answers;
    }

    private static BatchAnswer ReadAnswer(string line)
    {
        var answer = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not a JSON object");
        var customId = (string?)answer["custom_id"] ?? throw new FormatException("no custom_id");
        if (answer["response"] is JsonObject response)
        {
            var status = (int?)response["status_code"] ?? throw new FormatException("a response without status_code");
            var body = response["body"] as JsonObject ?? throw new FormatException("a response without a body");
            if (status == 200)
                return new BatchAnswer(customId, Completion(body), 200, null, Retry: false);
            var message = (string?)body["error"]?["message"] ?? body.ToJsonString();
            return new BatchAnswer(customId, null, status, message, Retry: status is 408 or 429 or >= 500);
        }
        var error = answer["error"] as JsonObject ?? throw new FormatException("neither a response nor an error");
        var code = (string?)error["code"] ?? "";
        return new BatchAnswer(
            customId,
            null,
            0,
            $"{code}: {(string?)error["message"]}",
            // Not run before the batch expired or was cancelled: worth sending again, unlike a refused request.
            Retry: code is "batch_expired" or "batch_cancelled"
        );
    }

    private static ChatResponse Completion(JsonObject body)
    {
        var choice =
            (body["choices"] as JsonArray)?.FirstOrDefault() as JsonObject
            ?? throw new FormatException("a completion without choices");
        var text = (string?)choice["message"]?["content"] ?? "";
        var finishReason = (string?)choice["finish_reason"] ?? ChatResponse.Stop;
        if (body["usage"] is JsonObject usage)
            return new ChatResponse(
                text,
                finishReason,
                (int?)usage["prompt_tokens"] ?? 0,
                (int?)usage["completion_tokens"] ?? 0
            );
        return new ChatResponse(text, finishReason, 0, CodeTokens.Count(text), TokensEstimated: true);
    }
}

/// <summary>
/// One answer line: a completion (<see cref="Response"/>), or a failure with its message — one worth sending
/// again (<see cref="Retry"/>: expired, rate-limited, a server error) or a refused request, of which an answer over
/// the size cap is one (<see cref="TooLarge"/>).
/// </summary>
internal sealed record BatchAnswer(
    string CustomId,
    ChatResponse? Response,
    int Status,
    string? Error,
    bool Retry,
    bool TooLarge = false
);
