namespace WebSight.Core.Llm;

/// <summary>A chat message: role ("system" or "user") and text.</summary>
internal sealed record PromptMessage(string Role, string Content);
