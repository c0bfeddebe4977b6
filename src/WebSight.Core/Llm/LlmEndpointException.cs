namespace WebSight.Core.Llm;

/// <summary>
/// The endpoint refuses the run's configuration: a bad key (401/403), a missing model or deployment (404) or
/// an exhausted account quota. No retry can fix it, so the run stops at the first call with this message.
/// </summary>
internal sealed class LlmEndpointException(string message, int status) : Exception(message)
{
    /// <summary>The HTTP status the endpoint answered with.</summary>
    public int Status { get; } = status;
}
