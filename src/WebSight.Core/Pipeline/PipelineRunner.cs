using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// Runs generate → validate → render → write over bounded channels, each stage at its own parallelism.
/// Rows are committed in parts as they come; a rerun on the same directory does only what is missing.
/// </summary>
internal sealed class PipelineRunner(
    GenerateOptions options,
    IPageGenerator generator,
    HtmlValidator validator,
    Func<RunStats, Task<RenderPool>> startRenderPool,
    RunStats stats,
    Action<string>? log = null
)
{
    private static readonly TimeSpan MaxCommitInterval = TimeSpan.FromSeconds(30);

    private volatile string? _stopReason;

    public async Task<RunOutcome> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var runDirectory = options.OutputDirectory;
        var completedMarker = Path.Combine(runDirectory, "state", "completed.json");
        RunManifest.WriteOrCheck(runDirectory, options.ToManifest(), options.ForceNew);
        if (options.ForceNew)
            ClearRun(runDirectory);
        if (File.Exists(completedMarker))
            return AlreadyComplete(completedMarker);

        var parts = new PartStore(runDirectory);
        parts.RemoveTemporaryFiles();
        var done = await parts.CommittedIdsAsync(cancellationToken);
        stats.Resumed(done.Count);
        if (done.Count > 0)
            log?.Invoke($"Resuming: {done.Count} rows already committed in {parts.PartsDirectory}.");

        var fixedCount = generator.FixedSampleCount;
        var target = options.Sharding.ShareOf((int)(fixedCount ?? options.Count));
        var wanted = target - done.Count;
        if (fixedCount is not null)
        {
            // A fixed set of pages is tried once each: pages rejected before are not tried again.
            var rejected = await parts.RejectedIdsAsync(cancellationToken);
            wanted -= rejected.Count(id => !done.Contains(id));
            done.UnionWith(rejected);
        }
        if (wanted > 0)
        {
            var finished = await ProduceAsync(parts, done, wanted, fixedCount, cancellationToken);
            if (!finished)
            {
                var snapshot = stats.Snapshot();
                await stats.WriteAsync(Path.Combine(runDirectory, "stats.json"), CancellationToken.None);
                if (_stopReason is { } reason)
                    return new RunOutcome(
                        RunStatus.Stopped,
                        null,
                        snapshot,
                        $"{reason} {done.Count + snapshot.Accepted} of {target} rows are committed; "
                            + "run the same command again (with a larger budget) to continue."
                    );
                return new RunOutcome(
                    RunStatus.TooManyRejections,
                    null,
                    snapshot,
                    $"Gave up after {snapshot.Rejected} rejections with {done.Count + snapshot.Accepted} of {target} rows; "
                        + "see stats.json and rejects/ for the reasons."
                );
            }
        }
        return await FinishAsync(parts, runDirectory, completedMarker, cancellationToken);
    }

    private async Task<bool> ProduceAsync(
        PartStore parts,
        HashSet<string> done,
        int wanted,
        long? fixedCount,
        CancellationToken cancellationToken
    )
    {
        var specs = Channel.CreateBounded<SampleSpec>(new BoundedChannelOptions(64) { SingleWriter = true });
        var validated = Channel.CreateBounded<ValidationResult>(
            new BoundedChannelOptions(options.Render.Workers * 2) { SingleReader = false }
        );
        var results = Channel.CreateBounded<StageResult>(new BoundedChannelOptions(64) { SingleReader = true });
        // One slot per row still wanted: taken when a sample starts, given back when it is rejected.
        using var slots = new SemaphoreSlim(wanted);
        using var enough = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        await using var pool = await startRenderPool(stats);
        var producer = Task.Run(
            () => ProduceSpecsAsync(specs.Writer, slots, done, wanted, fixedCount, enough.Token),
            CancellationToken.None
        );
        var preparing = Task.Run(
            () => PrepareAsync(specs.Reader, validated.Writer, results.Writer, enough, cancellationToken),
            CancellationToken.None
        );
        var rendering = pool.RunAsync(validated.Reader, results.Writer, cancellationToken);
        var upstream = CompleteWhenDone(results.Writer, preparing, rendering);
        int accepted;
        try
        {
            accepted = await WriteAsync(parts, results.Reader, slots, wanted, cancellationToken);
        }
        finally
        {
            // Stop the producer whether the writer finished, failed or was cancelled.
            await enough.CancelAsync();
        }
        await Task.WhenAll(producer, upstream);
        if (pool.BrowserRestarts > 0)
            log?.Invoke($"Browsers restarted {pool.BrowserRestarts} time(s) after crashes or hangs.");
        // A fixed set is done when every page was tried; generated runs when enough rows are in.
        return _stopReason is null && (fixedCount is not null || accepted >= wanted);
    }

    private async Task ProduceSpecsAsync(
        ChannelWriter<SampleSpec> output,
        SemaphoreSlim slots,
        HashSet<string> done,
        int wanted,
        long? fixedCount,
        CancellationToken cancellationToken
    )
    {
        var budget = fixedCount ?? (long)wanted * options.MaxCandidatesPerRow + 100;
        var end = fixedCount ?? long.MaxValue;
        try
        {
            for (
                long index = options.Sharding.FirstIndex, tried = 0;
                tried < budget && index < end;
                index += options.Sharding.Count
            )
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
            // Enough rows, or the run was cancelled: either way no more samples start.
        }
        finally
        {
            output.TryComplete();
        }
    }

    /// <summary>Generates and validates, with as many samples in flight as the generator wants.</summary>
    private async Task PrepareAsync(
        ChannelReader<SampleSpec> input,
        ChannelWriter<ValidationResult> accepted,
        ChannelWriter<StageResult> rejected,
        CancellationTokenSource stopProducing,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await Task.WhenAll(
                Enumerable
                    .Range(0, Math.Max(1, generator.Concurrency))
                    .Select(_ => PrepareEachAsync(input, accepted, rejected, stopProducing, cancellationToken))
            );
        }
        finally
        {
            accepted.TryComplete();
        }
    }

    private async Task PrepareEachAsync(
        ChannelReader<SampleSpec> input,
        ChannelWriter<ValidationResult> accepted,
        ChannelWriter<StageResult> rejected,
        CancellationTokenSource stopProducing,
        CancellationToken cancellationToken
    )
    {
        await foreach (var spec in input.ReadAllAsync(cancellationToken))
        {
            var watch = Stopwatch.StartNew();
            var outcome = await generator.GenerateAsync(spec, cancellationToken);
            stats.Record("generate", watch.Elapsed, passed: outcome.Page is not null);
            if (outcome.StopReason is { } stop)
            {
                _stopReason ??= stop;
                await stopProducing.CancelAsync();
                continue;
            }
            if (outcome.Rejection is { } generationRejection)
            {
                await rejected.WriteAsync(StageResult.Rejected(generationRejection), cancellationToken);
                continue;
            }
            var page = outcome.Page!;
            watch.Restart();
            var verdict = validator.Validate(page);
            stats.Record("validate", watch.Elapsed, verdict.Accepted);
            if (verdict.Accepted)
                await accepted.WriteAsync(verdict, cancellationToken);
            else
                await rejected.WriteAsync(
                    StageResult.Rejected(
                        new Rejection(spec, "validate", verdict.Reason!.Value, verdict.Detail, page.Html)
                    ),
                    cancellationToken
                );
        }
    }

    private static async Task CompleteWhenDone(ChannelWriter<StageResult> results, Task preparing, Task rendering)
    {
        try
        {
            await Task.WhenAll(preparing, rendering);
            results.TryComplete();
        }
        catch (Exception e)
        {
            results.TryComplete(e);
        }
    }

    /// <summary>The single writer: commits rows in parts, counts rejections, and says when enough rows are in.</summary>
    private async Task<int> WriteAsync(
        PartStore parts,
        ChannelReader<StageResult> results,
        SemaphoreSlim slots,
        int wanted,
        CancellationToken cancellationToken
    )
    {
        var rows = new List<DatasetRow>();
        var rejects = new List<RejectRow>();
        var accepted = 0;
        var sinceCommit = Stopwatch.StartNew();
        try
        {
            await foreach (var result in results.ReadAllAsync(cancellationToken))
            {
                if (result.Rejection is { } rejection)
                {
                    stats.Reject(rejection.Reason);
                    if (options.Writing.WriteRejects)
                        rejects.Add(ToRejectRow(rejection));
                    slots.Release();
                }
                else
                {
                    rows.Add(ToRow(result.Sample!));
                    stats.Accept();
                    accepted++;
                }
                if (
                    rows.Count >= options.Writing.PartRows
                    || (rows.Count > 0 && sinceCommit.Elapsed > MaxCommitInterval)
                )
                {
                    await CommitAsync(parts, rows, rejects, cancellationToken);
                    sinceCommit.Restart();
                }
                if (accepted >= wanted)
                    break;
            }
        }
        finally
        {
            // Whatever is rendered is kept, also when the run is cancelled.
            await CommitAsync(parts, rows, rejects, CancellationToken.None);
        }
        return accepted;
    }

    private async Task CommitAsync(
        PartStore parts,
        List<DatasetRow> rows,
        List<RejectRow> rejects,
        CancellationToken cancellationToken
    )
    {
        var watch = Stopwatch.StartNew();
        if (rows.Count > 0)
        {
            await parts.CommitAsync(rows, cancellationToken);
            stats.Record("write", watch.Elapsed, passed: true);
            rows.Clear();
        }
        if (rejects.Count > 0)
        {
            await parts.CommitRejectsAsync(rejects, cancellationToken);
            rejects.Clear();
        }
    }

    private async Task<RunOutcome> FinishAsync(
        PartStore parts,
        string runDirectory,
        string completedMarker,
        CancellationToken cancellationToken
    )
    {
        var committed = parts.Parts();
        if (committed.Count == 0)
        {
            await stats.WriteAsync(Path.Combine(runDirectory, "stats.json"), cancellationToken);
            return new RunOutcome(
                RunStatus.TooManyRejections,
                null,
                stats.Snapshot(),
                "No page was accepted; see stats.json and rejects/ for the reasons."
            );
        }
        var consolidator = new ShardConsolidator(options.Writing);
        var watch = Stopwatch.StartNew();
        var summary = await consolidator.ConsolidateAsync(
            committed,
            Path.Combine(runDirectory, "data"),
            cancellationToken
        );
        // Once per run and proportional to its size: a long run's last minutes go here, so stats.json says so.
        stats.Record("consolidate", watch.Elapsed, passed: true);
        var snapshot = stats.Snapshot();
        await stats.WriteAsync(Path.Combine(runDirectory, "stats.json"), cancellationToken);
        var card = DatasetCard.Render(summary, CardSettingsFor(summary), snapshot);
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "README.md"), card, cancellationToken);

        Directory.CreateDirectory(Path.GetDirectoryName(completedMarker)!);
        await File.WriteAllTextAsync(completedMarker, JsonSerializer.Serialize(summary), cancellationToken);
        // The shards now hold every row; the parts were only the crash-safe way there.
        foreach (var part in committed)
            File.Delete(part);
        return new RunOutcome(
            RunStatus.Completed,
            summary,
            snapshot,
            $"Wrote {summary.Rows} rows in {summary.Shards.Count} shard(s) to {Path.Combine(runDirectory, "data")}."
        );
    }

    private RunOutcome AlreadyComplete(string completedMarker)
    {
        var summary =
            JsonSerializer.Deserialize<DatasetSummary>(File.ReadAllText(completedMarker))
            ?? throw new InvalidDataException($"{completedMarker} is empty.");
        if (generator.FixedSampleCount is null && summary.Rows != options.Sharding.ShareOf(options.Count))
            throw new OptionsException(
                "--count",
                $"{options.OutputDirectory} already holds a finished dataset of {summary.Rows} rows; use a new --out for another count"
            );
        return new RunOutcome(
            RunStatus.AlreadyComplete,
            summary,
            stats.Snapshot(),
            $"Nothing to do: {options.OutputDirectory} already holds the finished dataset ({summary.Rows} rows)."
        );
    }

    private static void ClearRun(string runDirectory)
    {
        foreach (var folder in new[] { "parts", "rejects", "data", "state" })
        {
            var path = Path.Combine(runDirectory, folder);
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
        }
    }

    private CardSettings CardSettingsFor(DatasetSummary summary) =>
        new(
            "WebSight-style screenshot-to-code dataset",
            options.Generator,
            "https://github.com/websight-tool/websight",
            [
                new("rows", summary.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("shard", $"{options.Sharding.Index} of {options.Sharding.Count}"),
                new("viewport", $"{options.Render.ViewportWidth}x{options.Render.ViewportHeight}"),
                new(
                    "device scale factor",
                    options.Render.DeviceScaleFactor.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ),
                new("full page", options.Render.FullPage ? "yes" : "no"),
                new(
                    "format",
                    options.Render.Format == ImageFormat.Jpeg ? $"jpeg, quality {options.Render.Quality}" : "png"
                ),
                new("max height", $"{options.Render.MaxHeight} px"),
                new("javascript", options.Render.JavaScriptEnabled ? "enabled" : "disabled"),
            ]
        );

    private static DatasetRow ToRow(RenderedSample sample) =>
        new()
        {
            Image = new HfImage { Bytes = sample.Image, Path = null },
            Text = sample.Page.Html,
            LlmGeneratedIdea = sample.Page.Idea,
            Id = sample.Page.Spec.Id,
            Generator = sample.Page.Generator,
            Topic = sample.Page.Topic,
            Seed = sample.Page.Spec.Seed,
            Index = sample.Page.Spec.Index,
            Width = sample.Width,
            Height = sample.Height,
            PageHeight = sample.PageHeight,
            Clamped = sample.Clamped,
            VisibleWords = sample.Metrics.VisibleWords,
            QaFlags = sample.Quality is { Flags.Count: > 0 } flagged ? flagged.FlagCodes : null,
            QaLumaStdDev = Math.Round(sample.Quality?.Metrics.LumaStdDev ?? 0, 3),
            QaDominantShare = Math.Round(sample.Quality?.Metrics.DominantShare ?? 0, 4),
            QaContentShare = Math.Round(sample.Quality?.Metrics.ContentShare ?? 0, 4),
            QaOverflowPx = sample.Probe.OverflowPixels,
            QaBrokenImages = sample.Probe.BrokenImages,
            QaTextOverflow = sample.Probe.OverflowingTextElements,
            QaImageHash = unchecked((long)(sample.Quality?.Metrics.ImageHash ?? 0)),
            QaTextHash = unchecked((long)(sample.Quality?.Metrics.TextHash ?? 0)),
        };

    private static RejectRow ToRejectRow(Rejection rejection) =>
        new()
        {
            Id = rejection.Spec.Id,
            Index = rejection.Spec.Index,
            Stage = rejection.Stage,
            Reason = rejection.Reason.Code(),
            Detail = rejection.Detail,
            Text = rejection.Html,
        };
}
