using System.Threading.Channels;
using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// Feeds sample specs into the stages and takes their outcomes: rows are counted, rejections kept in rejects/.
/// One slot per row still wanted is taken when a sample starts and given back when it is rejected, so no more
/// samples are in flight than rows can still be used. Whatever the stages have written is committed, also when
/// the run is cancelled or a stage fails.
/// </summary>
internal sealed class SampleFlow(RunOptions options, long? fixedCount, RunStats stats)
{
    private const int SpecBuffer = 64;

    private volatile string? _stopReason;

    public async Task<FlowResult> RunAsync(
        StageChain<BufferedRow> chain,
        RejectWriter rejects,
        HashSet<string> done,
        int wanted,
        CancellationToken cancellationToken
    )
    {
        var specs = Channel.CreateBounded<SampleSpec>(new BoundedChannelOptions(SpecBuffer) { SingleWriter = true });
        var outcomes = Channel.CreateBounded<SampleOutcome>(
            new BoundedChannelOptions(SpecBuffer) { SingleReader = true }
        );
        using var slots = new SemaphoreSlim(wanted);
        using var noMoreSamples = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var context = new ChainContext(
            stats,
            outcomes.Writer,
            reason =>
            {
                _stopReason ??= reason;
                noMoreSamples.Cancel();
            },
            cancellationToken
        );
        chain.Connect(specs.Reader, context);
        var producer = Task.Run(
            () => ProduceAsync(specs.Writer, slots, done, wanted, noMoreSamples.Token),
            CancellationToken.None
        );
        var completion = context.CompleteOutcomesWhenDoneAsync();
        var accepted = 0;
        var ended = false;
        try
        {
            await foreach (var outcome in outcomes.Reader.ReadAllAsync(cancellationToken))
            {
                if (outcome.Rejection is { } rejection)
                {
                    stats.Reject(rejection.Reason);
                    await rejects.AddAsync(rejection, cancellationToken);
                    slots.Release();
                }
                else
                {
                    stats.Accept();
                    if (++accepted >= wanted)
                        break;
                }
            }
            ended = true;
        }
        finally
        {
            await noMoreSamples.CancelAsync();
            // Past the last row every slot is used, so nothing is in flight; otherwise the stages are told to end.
            if (!ended)
                context.End();
            await Task.WhenAll(producer, completion);
            // Whatever is rendered is kept, also when the run is cancelled or failed.
            foreach (var stage in context.FlushingStages)
                await stage.FlushAsync(CancellationToken.None);
            await rejects.FlushAsync(CancellationToken.None);
        }
        // A fixed set is done when every page was tried; generated runs when enough rows are in.
        return new FlowResult(_stopReason is null && (fixedCount is not null || accepted >= wanted), _stopReason);
    }

    private async Task ProduceAsync(
        ChannelWriter<SampleSpec> output,
        SemaphoreSlim slots,
        HashSet<string> done,
        int wanted,
        CancellationToken cancellationToken
    )
    {
        // A generator that keeps failing is given up on after this many candidates.
        var budget = fixedCount ?? (long)wanted * options.MaxCandidatesPerRow + 100;
        var end = fixedCount ?? long.MaxValue;
        var sharding = options.Sharding;
        try
        {
            for (long index = sharding.FirstIndex, tried = 0; tried < budget && index < end; index += sharding.Count)
            {
                var spec = SampleSpec.For(options.Seed, index);
                if (done.Contains(spec.Id))
                    continue;
                await slots.WaitAsync(cancellationToken);
                await output.WriteAsync(spec, cancellationToken);
                tried++;
            }
        }
        catch (OperationCanceledException)
        {
            // Enough rows, a stop, or the run was cancelled: either way no more samples start.
        }
        finally
        {
            output.TryComplete();
        }
    }
}

/// <summary>Whether the stages made every row wanted, and the reason a stage stopped the run early, if one did.</summary>
internal sealed record FlowResult(bool Complete, string? StopReason);
