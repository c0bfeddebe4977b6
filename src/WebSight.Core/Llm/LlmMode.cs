namespace WebSight.Core.Llm;

/// <summary>How requests reach the provider: one chat call each, or JSONL files through its batch API.</summary>
internal enum LlmMode
{
    Chat,
    Batch,
}
