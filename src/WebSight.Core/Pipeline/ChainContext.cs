using System.Threading.Channels;
using WebSight.Core.Foundation;

namespace WebSight.Core.Pipeline;

/// <summary>
/// What every link of a running chain shares: the counters, where outcomes go, how a stage asks the run to stop,
/// and the tasks of the links. The first link that fails ends all the others, so a failure can never leave a link
/// waiting on a channel nobody will read or complete.
/// </summary>
internal sealed class ChainContext : IDisposable
{
    private readonly List<Task> _links = [];
    private readonly List<IFlushingStage> _flushing = [];
    private readonly CancellationTokenSource _ending;
    private readonly Action<string> _stop;
    private Exception? _failure;

    public ChainContext(
        RunStats stats,
        ChannelWriter<SampleOutcome> outcomes,
        Action<string> stop,
        CancellationToken cancellationToken
    )
    {
        Stats = stats;
        Outcomes = outcomes;
        _stop = stop;
        _ending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public RunStats Stats { get; }

    public ChannelWriter<SampleOutcome> Outcomes { get; }

    /// <summary>Ends every link: the run was cancelled, or one link failed.</summary>
    public CancellationToken CancellationToken => _ending.Token;

    public IReadOnlyList<IFlushingStage> FlushingStages => _flushing;

    /// <summary>A stage asks to end the run gracefully (a spent budget): no new samples start.</summary>
    public void Stop(string reason) => _stop(reason);

    public void Started(Task link, object stage)
    {
        _links.Add(link);
        if (stage is IFlushingStage flushing)
            _flushing.Add(flushing);
    }

    /// <summary>Records the first real failure of a link and ends the others; cancellation is not a failure.</summary>
    public void Failed(Exception exception)
    {
        if (exception is not OperationCanceledException || !_ending.IsCancellationRequested)
            Interlocked.CompareExchange(ref _failure, exception, null);
        _ending.Cancel();
    }

    /// <summary>Completes the outcome channel once every link has ended, with the first failure if there was one.</summary>
    public async Task CompleteOutcomesWhenDoneAsync()
    {
        try
        {
            await Task.WhenAll(_links);
        }
        catch (Exception)
        {
            // Each link reported its own failure through Failed; the first one is what the run ends with.
        }
        Outcomes.TryComplete(_failure);
    }

    /// <summary>Stops every link at once (the writer stopped reading, or the run failed).</summary>
    public void End() => _ending.Cancel();

    public void Dispose() => _ending.Dispose();
}

/// <summary>What reaches the end of the chain for one sample: a row in the dataset, or the rejection that replaced it.</summary>
internal readonly record struct SampleOutcome(Rejection? Rejection)
{
    public static readonly SampleOutcome Accepted = new(null);
}
