namespace WebSight.Core.Llm;

/// <summary>
/// An answer passed <c>--llm-max-answer-kb</c> while it was read: it is dropped unread past the cap, its sample
/// rejected and nothing cached, so one runaway answer can fill neither memory nor the response cache.
/// </summary>
internal sealed class LlmAnswerTooLargeException(long maxBytes, long? declaredBytes)
    : Exception(
        $"the answer is larger than --llm-max-answer-kb ({maxBytes / 1024} KB)"
            + (declaredBytes is { } declared ? $": it declared {declared / 1024} KB" : "")
    );
