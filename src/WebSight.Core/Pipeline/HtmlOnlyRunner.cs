using System.Diagnostics;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// `generate --html-only`: the generate and validate stages without a browser, the accepted pages written as JSON
/// lines in index order (so a seed always gives the same file), atomically. Rejected pages are replaced by later
/// indices, as in a full run, and counted by reason.
/// </summary>
internal sealed class HtmlOnlyRunner(RunOptions options, IPageSource source, HtmlValidator validator)
{
    public const string HtmlOnlyFlag = "--html-only";

    // Enough samples per round to keep every core validating; small enough that few pages are made past the count.
    private const int BatchSize = 256;

    public async Task<HtmlOnlyOutcome> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var watch = Stopwatch.StartNew();
        var path = Path.Combine(options.OutputDirectory, PageLines.FileName);
        var wanted = options.Sharding.ShareOf(options.Count);
        var rejected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var written = 0;
        string? stopReason = null;
        await AtomicFile.WriteAsync(
            path,
            // The file stream is buffered; a page is a few small writes into it.
            async stream =>
            {
                foreach (var batch in Batches(wanted))
                {
                    var results = await ProduceAsync(batch, cancellationToken);
                    foreach (var result in results)
                    {
                        if (written >= wanted)
                            break;
                        if (result.Passed)
                        {
                            PageLines.Write(stream, result.Value.Page, options.Tailwind.Number, options.Styling.Name());
                            written++;
                        }
                        else if (result.Refusal is { } refusal)
                            rejected[refusal.Reason.Code()] = rejected.GetValueOrDefault(refusal.Reason.Code()) + 1;
                        else
                            stopReason ??= result.StopReason;
                    }
                    if (written >= wanted || stopReason is not null)
                        break;
                }
            },
            cancellationToken
        );
        return new HtmlOnlyOutcome(path, written, wanted, rejected, stopReason, watch.Elapsed);
    }

    /// <summary>This shard's sample specs in index order, in rounds, up to the candidate budget of a full run.</summary>
    private IEnumerable<SampleSpec[]> Batches(int wanted)
    {
        var budget = (long)wanted * options.MaxCandidatesPerRow + 100;
        var sharding = options.Sharding;
        var index = sharding.FirstIndex;
        for (long tried = 0; tried < budget; )
        {
            var size = (int)Math.Min(Math.Min(BatchSize, budget - tried), Math.Max(wanted, 1));
            var batch = new SampleSpec[size];
            for (var i = 0; i < size; i++, index += sharding.Count)
                batch[i] = SampleSpec.For(options.Seed, index);
            tried += size;
            yield return batch;
        }
    }

    /// <summary>Generates (as concurrently as the source allows) and validates (one worker per core) one round.</summary>
    private async Task<StepResult<ValidatedPage>[]> ProduceAsync(
        SampleSpec[] specs,
        CancellationToken cancellationToken
    )
    {
        var generate = new GenerateStage(source);
        var generated = new StepResult<GeneratedPage>[specs.Length];
        await Parallel.ForAsync(
            0,
            specs.Length,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = generate.Parallelism,
                CancellationToken = cancellationToken,
            },
            async (i, token) => generated[i] = await generate.RunAsync(specs[i], token)
        );
        var validated = new StepResult<ValidatedPage>[specs.Length];
        Parallel.For(
            0,
            specs.Length,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = validator.Parallelism,
                CancellationToken = cancellationToken,
            },
            i =>
                validated[i] = generated[i].Passed
                    ? validator.Validate(generated[i].Value!)
                    : generated[i].Carry<ValidatedPage>()
        );
        return validated;
    }
}
