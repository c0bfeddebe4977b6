namespace WebSight.Core.Llm;

/// <summary>How a failed attempt is handled.</summary>
internal enum LlmErrorKind
{
    /// <summary>Not an endpoint failure (a bug, a cancellation): let it through.</summary>
    None,

    /// <summary>Worth retrying after a pause: 408, 429, 5xx, network errors, a timed-out attempt.</summary>
    Transient,

    /// <summary>The configuration is wrong (401, 403, 404, no quota left, not a chat-completions API): stop the run.</summary>
    Fatal,

    /// <summary>This request is refused for its content (content filter, other 4xx) or its answer is too large: reject the sample.</summary>
    Refused,
}
