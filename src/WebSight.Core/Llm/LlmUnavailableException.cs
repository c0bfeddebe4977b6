namespace WebSight.Core.Llm;

/// <summary>The endpoint kept failing after every retry and pause the options allow; the run stops gracefully.</summary>
internal sealed class LlmUnavailableException(string message, Exception inner) : Exception(message, inner);
