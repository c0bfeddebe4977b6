using System.Diagnostics;
using System.Threading.Channels;
using WebSight.Core.Foundation;

namespace WebSight.Core.Pipeline;

/// <summary>
/// Stages joined end to end, typed so that a stage can only follow one whose output it takes. Connecting the chain
/// starts, for every stage, as many workers as it asks for, joined by bounded channels; every rejection and every
/// item that passes the last stage goes to the run's outcome channel.
/// </summary>
internal sealed class StageChain<TOut>
    where TOut : ISampleRecord
{
    private readonly Func<ChannelReader<SampleSpec>, ChainContext, ChannelReader<TOut>> _connect;

    private StageChain(Func<ChannelReader<SampleSpec>, ChainContext, ChannelReader<TOut>> connect) =>
        _connect = connect;

    public static StageChain<TOut> Start(IStage<SampleSpec, TOut> first) =>
        new((specs, context) => Link(first, specs, context));

    public StageChain<TNext> Then<TNext>(IStage<TOut, TNext> next)
        where TNext : ISampleRecord => new((specs, context) => Link(next, _connect(specs, context), context));

    /// <summary>Starts every stage's workers; items that pass the last stage count as accepted.</summary>
    public void Connect(ChannelReader<SampleSpec> specs, ChainContext context)
    {
        var last = _connect(specs, context);
        var accept = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var _ in last.ReadAllAsync(context.CancellationToken))
                        await context.Outcomes.WriteAsync(SampleOutcome.Accepted, context.CancellationToken);
                }
                catch (Exception e)
                {
                    context.Failed(e);
                    throw;
                }
            },
            CancellationToken.None
        );
        context.Started(accept, this);
    }

    private static ChannelReader<TNext> Link<TIn, TNext>(
        IStage<TIn, TNext> stage,
        ChannelReader<TIn> input,
        ChainContext context
    )
        where TIn : ISampleRecord
    {
        var workers = Math.Max(1, stage.Parallelism);
        var output = Channel.CreateBounded<TNext>(
            new BoundedChannelOptions(Math.Max(4, workers * 2)) { SingleWriter = workers == 1 }
        );
        var link = Task.Run(
            async () =>
            {
                try
                {
                    await Task.WhenAll(
                        Enumerable.Range(0, workers).Select(_ => WorkAsync(stage, input, output.Writer, context))
                    );
                    output.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    output.Writer.TryComplete(e);
                    throw;
                }
            },
            CancellationToken.None
        );
        context.Started(link, stage);
        return output.Reader;
    }

    private static async Task WorkAsync<TIn, TNext>(
        IStage<TIn, TNext> stage,
        ChannelReader<TIn> input,
        ChannelWriter<TNext> output,
        ChainContext context
    )
        where TIn : ISampleRecord
    {
        var cancellationToken = context.CancellationToken;
        try
        {
            await foreach (var item in input.ReadAllAsync(cancellationToken))
            {
                var watch = Stopwatch.StartNew();
                var result = await stage.RunAsync(item, cancellationToken);
                context.Stats.Record(stage.Name, watch.Elapsed, result.Passed);
                if (result.Passed)
                    await output.WriteAsync(result.Value, cancellationToken);
                else if (result.Refusal is { } refusal)
                    await context.Outcomes.WriteAsync(
                        new SampleOutcome(refusal.For(item.Spec, stage.Name)),
                        cancellationToken
                    );
                else
                    context.Stop(result.StopReason!);
            }
        }
        catch (Exception e)
        {
            // At once, not when the sibling workers end: they may be waiting for input that never comes.
            context.Failed(e);
            throw;
        }
    }
}
