namespace WebSight.Core.Llm;

/// <summary>The two calls of the WebSight recipe; each has its own model, counters and cost.</summary>
internal enum LlmStage
{
    Ideas,
    Pages,
}
