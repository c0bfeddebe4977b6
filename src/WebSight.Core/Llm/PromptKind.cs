namespace WebSight.Core.Llm;

/// <summary>The three prompts, one template file each.</summary>
internal enum PromptKind
{
    Ideas,
    Page,
    TablePage,
}
