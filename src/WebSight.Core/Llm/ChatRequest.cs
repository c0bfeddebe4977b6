namespace WebSight.Core.Llm;

/// <summary>One chat-completions call: everything that decides the answer, and so the cache key.</summary>
internal sealed record ChatRequest(
    LlmStage Stage,
    string Model,
    IReadOnlyList<PromptMessage> Messages,
    double Temperature,
    long? Seed,
    int MaxOutputTokens
)
{
    /// <summary>A rough prompt size for the tokens-per-minute limiter before the server has counted it.</summary>
    public int EstimatedPromptTokens => Messages.Sum(m => m.Content.Length) / 4 + 4 * Messages.Count;
}
