namespace WebSight.Core.Llm;

/// <summary>
/// What came back: the text, why generation stopped, and the tokens — counted by the server, or estimated here
/// when it sent no usage (<paramref name="TokensEstimated"/>), as some local servers do.
/// </summary>
internal sealed record ChatResponse(
    string Text,
    string FinishReason,
    int InputTokens,
    int OutputTokens,
    bool TokensEstimated = false
)
{
    public const string Stop = "stop";
    public const string Length = "length";
    public const string ContentFilter = "content_filter";
}
