namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>One scripted answer of the fake server: a completion, an HTTP error, a hang, or the default answer.</summary>
internal sealed record FakeReply(
    int Status,
    string? Content,
    string FinishReason,
    string? ErrorBody,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool Hang
)
{
    public static FakeReply Default { get; } = new(200, null, "stop", null, [], false);

    public static FakeReply Hung { get; } = new(200, null, "stop", null, [], true);

    public static FakeReply Text(string content, string finishReason = "stop") =>
        new(200, content, finishReason, null, [], false);

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
