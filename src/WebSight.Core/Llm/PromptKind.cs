namespace WebSight.Core.Llm;

/// <summary>The prompts, one template file each; the css kinds ask for plain HTML + CSS (<c>--styling css</c>).</summary>
internal enum PromptKind
{
    Ideas,
    Page,
    TablePage,
    CssPage,
    CssTablePage,
}
