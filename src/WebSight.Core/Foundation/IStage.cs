namespace WebSight.Core.Foundation;

/// <summary>
/// One step of the pipeline: a name (what stats.json and rejects/ call it), how many items it works on at once,
/// and one function from an input record to the next record or the reason the item goes no further. The runner
/// times every call, counts in, out and dropped, routes rejections and handles cancellation; a stage does none of it.
/// </summary>
internal interface IStage<in TIn, TOut>
{
    string Name { get; }

    int Parallelism { get; }

    ValueTask<StepResult<TOut>> RunAsync(TIn input, CancellationToken cancellationToken);
}
