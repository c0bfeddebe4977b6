using System.Text.Json.Nodes;

namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>What the fake server saw of one request, and what it answered.</summary>
internal sealed record RecordedRequest(
    string Route,
    string Model,
    string? Authorization,
    string? ApiKeyHeader,
    string? ApiVersion,
    JsonObject Body,
    DateTimeOffset At,
    int Status,
    int BilledTokens
)
{
    public string Prompt => string.Concat(Body["messages"]!.AsArray().Select(m => (string?)m!["content"]));
}
