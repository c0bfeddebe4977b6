namespace WebSight.Core.Llm;

/// <summary>What came back: the text, why generation stopped, and the tokens the server counted.</summary>
internal sealed record ChatResponse(string Text, string FinishReason, int InputTokens, int OutputTokens)
{
    public const string Stop = "stop";
    public const string Length = "length";
    public const string ContentFilter = "content_filter";
}
