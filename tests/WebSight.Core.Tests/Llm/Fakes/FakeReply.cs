namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>
/// One scripted answer of the fake server: a completion, an HTTP error, a raw body of any status, a completion
/// whose content is streamed to a given size, a hang, or the default answer.
/// </summary>
internal sealed record FakeReply(
    int Status,
    string? Content,
    string FinishReason,
    string? Body,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool Hang,
    long StreamedContentBytes = 0,
    string? ContentType = null
)
{
    /// <summary>Stands in a scripted content or body for the key the request presented, as a careless server echoes it.</summary>
    public const string EchoedKey = "{echoed-key}";

    public static FakeReply Default { get; } = new(200, null, "stop", null, [], false);

    public static FakeReply Hung { get; } = new(200, null, "stop", null, [], true);

    public static FakeReply Text(string content, string finishReason = "stop") =>
        new(200, content, finishReason, null, [], false);

    /// <summary>This body as it is, with this status and content type (JSON unless said), instead of a completion.</summary>
    public static FakeReply Raw(int status, string body, string? contentType = null) =>
        new(status, null, "stop", body, [], false, ContentType: contentType);

    /// <summary>
    /// A completion whose content is <paramref name="bytes"/> letters, written in chunks (never held in memory),
    /// without a Content-Length unless <paramref name="declareLength"/>.
    /// </summary>
    public static FakeReply Huge(long bytes, bool declareLength = false) =>
        new(
            200,
            null,
            "stop",
            null,
            declareLength ? [new("Content-Length", FakeLlmServer.HugeCompletionLength(bytes).ToString())] : [],
            false,
            bytes
        );

    /// <summary>This reply with <see cref="EchoedKey"/> replaced by the key a request presented.</summary>
    public FakeReply Echoing(string key) =>
        this with
        {
            Content = Content?.Replace(EchoedKey, key, StringComparison.Ordinal),
            Body = Body?.Replace(EchoedKey, key, StringComparison.Ordinal),
        };

    public static FakeReply Error(
        int status,
        string? code = null,
        string? message = null,
        params (string Name, string Value)[] headers
    ) =>
        new(
            status,
            null,
            "stop",
            new System.Text.Json.Nodes.JsonObject
            {
                ["error"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["message"] = message ?? $"fake error {status}",
                    ["type"] = "fake",
                    ["param"] = null,
                    ["code"] = code,
                },
            }.ToJsonString(),
            headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList(),
            false
        );
}
