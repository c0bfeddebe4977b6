using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>The stages of one run, ready to connect, and how to release what they hold (the browsers) afterwards.</summary>
internal sealed class StagePlan(StageChain<BufferedRow> chain, Func<ValueTask> release) : IAsyncDisposable
{
    public StageChain<BufferedRow> Chain => chain;

    public ValueTask DisposeAsync() => release();
}
