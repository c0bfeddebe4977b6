namespace WebSight.Core.Llm;

/// <summary>
/// The endpoint answered with success, but the body is not a chat completion (an HTML page, another API's JSON):
/// the base URL points somewhere else than a chat-completions API, which no retry fixes.
/// </summary>
internal sealed class LlmMalformedAnswerException(string problem, Exception? inner = null) : Exception(problem, inner);
