namespace WebSight.Core.Llm;

/// <summary>
/// The endpoint refused this one request (a content-filter verdict or another 4xx about its content): the
/// sample is rejected with its reason and the run goes on.
/// </summary>
internal sealed class LlmRequestRefusedException(string message, int status, bool contentFiltered) : Exception(message)
{
    public int Status { get; } = status;

    public bool ContentFiltered { get; } = contentFiltered;
}
