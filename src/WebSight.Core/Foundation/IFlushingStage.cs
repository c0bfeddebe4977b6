namespace WebSight.Core.Foundation;

/// <summary>A stage that holds work back in batches (the writer); the runner flushes it when its input ends or the run stops.</summary>
internal interface IFlushingStage
{
    Task FlushAsync(CancellationToken cancellationToken);
}
