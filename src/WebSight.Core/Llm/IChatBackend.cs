namespace WebSight.Core.Llm;

/// <summary>One raw attempt at a chat completion, with no retries, cache or limits: the SDK edge.</summary>
internal interface IChatBackend
{
    /// <summary>Where requests go, for messages (never with credentials).</summary>
    string Describe(string model);

    Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken);
}
