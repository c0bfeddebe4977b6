using System.ClientModel;
using System.Net.Sockets;
using System.Text.Json;
using Polly.Timeout;

namespace WebSight.Core.Llm;

/// <summary>Sorts what the SDK throws into what the run does about it; the explicit list of transient errors.</summary>
internal static class LlmErrors
{
    public static LlmErrorKind Classify(Exception exception) =>
        exception switch
        {
            TimeoutRejectedException => LlmErrorKind.Transient,
            ClientResultException result => ClassifyStatus(result.Status, ErrorCode(result)),
            HttpRequestException or IOException or SocketException => LlmErrorKind.Transient,
            // An endpoint that answers something else than a completion is the wrong endpoint, not a busy one.
            LlmMalformedAnswerException => LlmErrorKind.Fatal,
            // The same request would get the same oversized answer again: reject its sample, do not retry.
            LlmAnswerTooLargeException => LlmErrorKind.Refused,
            _ => LlmErrorKind.None,
        };

    /// <summary>Failures that mean the endpoint is down (not merely busy): these open the circuit breaker.</summary>
    public static bool IsOutage(Exception exception) =>
        exception switch
        {
            TimeoutRejectedException => true,
            ClientResultException result => result.Status is 0 or >= 500,
            HttpRequestException or IOException or SocketException => true,
            _ => false,
        };

    public static bool IsRateLimited(Exception exception) => exception is ClientResultException { Status: 429 };

    private static LlmErrorKind ClassifyStatus(int status, string? code) =>
        status switch
        {
            // Status 0: no HTTP response at all (connection refused or reset).
            0 or 408 or >= 500 => LlmErrorKind.Transient,
            // OpenAI answers 429 also for an account with no credit left; waiting does not help that.
            429 when code == "insufficient_quota" => LlmErrorKind.Fatal,
            429 => LlmErrorKind.Transient,
            401 or 403 or 404 => LlmErrorKind.Fatal,
            _ => LlmErrorKind.Refused,
        };

    public static bool IsContentFilter(ClientResultException exception) =>
        ErrorCode(exception) is "content_filter" or "content_policy_violation" or "ResponsibleAIPolicyViolation";

    /// <summary>The error's code from the standard <c>{"error": {"code": ...}}</c> body, when there is one.</summary>
    public static string? ErrorCode(ClientResultException exception) => ErrorField(exception, "code");

    /// <summary>The server's own words about the error, or the exception's message.</summary>
    public static string ServerMessage(ClientResultException exception) =>
        ErrorField(exception, "message") ?? exception.Message.Split('\n')[0];

    private static string? ErrorField(ClientResultException exception, string field)
    {
        var content = exception.GetRawResponse()?.Content;
        if (content is null || content.ToMemory().Length == 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(content.ToMemory());
            return
                document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty(field, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
