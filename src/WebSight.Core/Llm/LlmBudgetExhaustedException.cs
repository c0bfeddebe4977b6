namespace WebSight.Core.Llm;

/// <summary>A token or dollar budget is spent; no new request is sent and the run stops gracefully.</summary>
internal sealed class LlmBudgetExhaustedException(string message) : Exception(message);
