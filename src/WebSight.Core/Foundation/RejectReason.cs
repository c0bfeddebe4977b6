namespace WebSight.Core.Foundation;

/// <summary>Why a sample did not make it into the dataset. The snake_case code is what stats and reject files carry.</summary>
internal enum RejectReason
{
    ParseErrors,
    BodyCount,
    TooFewWords,
    LoremIpsum,
    Script,
    EventHandler,
    JavascriptUrl,
    ForeignResource,
    LocalResource,
    TooLarge,
    TooManyElements,
    UnknownClasses,
    GenerationFailed,
    InputUnreadable,
    IdeaListMalformed,
    LlmOutputUnusable,
    LlmTruncated,
    ContentFiltered,
    LlmAnswerTooLarge,
    DuplicateIdea,
    RenderTimeout,
    RenderFailed,
    BrowserCrashed,
    BlankImage,
    LowContent,
    HorizontalOverflow,
    BrokenImages,
    TextOverflow,
    NearDuplicate,
}

internal static class RejectReasonCodes
{
    public static string Code(this RejectReason reason) =>
        reason switch
        {
            RejectReason.ParseErrors => "parse_errors",
            RejectReason.BodyCount => "body_count",
            RejectReason.TooFewWords => "too_few_words",
            RejectReason.LoremIpsum => "lorem_ipsum",
            RejectReason.Script => "script",
            RejectReason.EventHandler => "event_handler",
            RejectReason.JavascriptUrl => "javascript_url",
            RejectReason.ForeignResource => "foreign_resource",
            RejectReason.LocalResource => "local_resource",
            RejectReason.TooLarge => "too_large",
            RejectReason.TooManyElements => "too_many_elements",
            RejectReason.UnknownClasses => "unknown_classes",
            RejectReason.GenerationFailed => "generation_failed",
            RejectReason.InputUnreadable => "input_unreadable",
            RejectReason.IdeaListMalformed => "idea_list_malformed",
            RejectReason.LlmOutputUnusable => "llm_output_unusable",
            RejectReason.LlmTruncated => "llm_truncated",
            RejectReason.ContentFiltered => "content_filtered",
            RejectReason.LlmAnswerTooLarge => "llm_answer_too_large",
            RejectReason.DuplicateIdea => "duplicate_idea",
            RejectReason.RenderTimeout => "render_timeout",
            RejectReason.RenderFailed => "render_failed",
            RejectReason.BrowserCrashed => "browser_crashed",
            RejectReason.BlankImage => "blank_image",
            RejectReason.LowContent => "low_content",
            RejectReason.HorizontalOverflow => "horizontal_overflow",
            RejectReason.BrokenImages => "broken_images",
            RejectReason.TextOverflow => "text_overflow",
            RejectReason.NearDuplicate => "near_duplicate",
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
}
