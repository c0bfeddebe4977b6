namespace WebSight.Core.Llm;

internal static class LlmStageNames
{
    /// <summary>The lower-case name used in stats counters and reject records.</summary>
    public static string Name(this LlmStage stage) =>
        stage switch
        {
            LlmStage.Ideas => "ideas",
            LlmStage.Pages => "pages",
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
        };
}
