namespace WebSight.Core.Llm;

/// <summary>Which wire dialect the endpoint speaks; OpenAI also covers any OpenAI-compatible server.</summary>
internal enum LlmProvider
{
    OpenAI,
    Azure,
}
