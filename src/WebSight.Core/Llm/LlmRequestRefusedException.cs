using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// The endpoint refused this one request (a content-filter verdict or another 4xx about its content), or its answer
/// passed the size cap: the sample is rejected with its reason and the run goes on.
/// </summary>
internal sealed class LlmRequestRefusedException(string message, int status, RejectReason reason) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>The reason its sample is rejected with.</summary>
    public RejectReason Reason { get; } = reason;
}
