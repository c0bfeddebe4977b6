using System.Globalization;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Styling;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// Runs one pipeline in one run directory: checks run.json, resumes from what is committed, lets the stages make the
/// rows still missing (<see cref="SampleFlow"/>), and finishes the dataset. Build it with <see cref="PipelineBuilder"/>.
/// </summary>
internal sealed class PipelineRunner(
    RunOptions options,
    IPageSource source,
    Func<PartStore, Task<StagePlan>> planStages,
    RunStats stats,
    Action<string>? log = null
)
{
    /// <summary>Rows this shard must hold when it is done.</summary>
    public int Target => options.Sharding.ShareOf((int)(source.FixedSampleCount ?? options.Count));

    public async Task<RunOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var run = options.Run;
        using var writer = RunLock.Acquire(run);
        var manifest = options.ToManifest();
        if (source.Fingerprint is { } input)
            manifest["input_fingerprint"] = input;
        RunManifest.WriteOrCheck(run, manifest, options.ForceNew);
        if (options.ForceNew)
            run.Clear();
        if (run.IsComplete)
            return AlreadyComplete(run);

        var parts = new PartStore(run);
        parts.RemoveTemporaryFiles();
        var done = await parts.CommittedIdsAsync(Report, cancellationToken);
        stats.Resumed(done.Count);
        if (done.Count > 0)
            log?.Invoke($"Resuming: {done.Count} rows already committed in {run.Parts}.");
        if (done.Count > 0 && source.WantsCommittedIdeas)
            await parts.ReadCommittedIdeasAsync(source.SeeCommittedIdea, Report, cancellationToken);

        var wanted = Target - done.Count;
        if (source.FixedSampleCount is not null)
        {
            // A fixed set of pages is tried once each: pages rejected before are not tried again.
            var rejected = await parts.RejectedIdsAsync(Report, cancellationToken);
            wanted -= rejected.Count(id => !done.Contains(id));
            done.UnionWith(rejected);
        }
        if (wanted > 0)
        {
            await using var plan = await planStages(parts);
            var flow = new SampleFlow(options, source.FixedSampleCount, stats);
            var produced = await flow.RunAsync(
                plan.Chain,
                new RejectWriter(parts, options.Writing),
                done,
                wanted,
                cancellationToken
            );
            if (!produced.Complete)
                return await StoppedAsync(run, done.Count, produced.StopReason);
        }
        return await FinishAsync(parts, run, cancellationToken);
    }

    private void Report(string message) => log?.Invoke(message);

    private async Task<RunOutcome> StoppedAsync(RunDirectory run, int resumed, string? stopReason)
    {
        var snapshot = stats.Snapshot();
        await snapshot.WriteAsync(run.Stats, CancellationToken.None);
        var committed = resumed + snapshot.Accepted;
        return stopReason is not null
            ? new RunOutcome(
                RunStatus.Stopped,
                null,
                snapshot,
                $"{stopReason} {committed} of {Target} rows are committed; "
                    + "run the same command again (with a larger budget) to continue."
            )
            : new RunOutcome(
                RunStatus.TooManyRejections,
                null,
                snapshot,
                $"Gave up after {snapshot.Rejected} rejections with {committed} of {Target} rows; "
                    + "see stats.json and rejects/ for the reasons."
            );
    }

    private async Task<RunOutcome> FinishAsync(PartStore parts, RunDirectory run, CancellationToken cancellationToken)
    {
        var committed = parts.Parts();
        if (committed.Count == 0)
        {
            await stats.WriteAsync(run.Stats, cancellationToken);
            return new RunOutcome(
                RunStatus.TooManyRejections,
                null,
                stats.Snapshot(),
                "No page was accepted; see stats.json and rejects/ for the reasons."
            );
        }
        StatsSnapshot? snapshot = null;
        var summary = await new DatasetFinisher(options.Writing).FinishAsync(
            run,
            new DatasetSources(committed, DeleteWhenDone: true),
            CardSettings(),
            (_, consolidation) =>
            {
                // Once per run and proportional to its size: a long run's last minutes go here, so stats.json says so.
                stats.Record("consolidate", consolidation, passed: true);
                return snapshot = stats.Snapshot();
            },
            cancellationToken
        );
        return new RunOutcome(
            RunStatus.Completed,
            summary,
            snapshot!,
            $"Wrote {summary.Rows} rows in {summary.Shards.Count} shard(s) to {run.Data}."
        );
    }

    private RunOutcome AlreadyComplete(RunDirectory run)
    {
        var summary = DatasetFinisher.ReadCompleted(run);
        var rowsPerPage = options.Render.EffectiveViewports.Count;
        if (
            source.FixedSampleCount is null
            && summary.Rows != (long)options.Sharding.ShareOf(options.Count) * rowsPerPage
        )
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

    /// <summary>The one viewport as before, or the list each page is rendered at (one row each).</summary>
    private static KeyValuePair<string, string>[] ViewportSettings(RenderOptions render) =>
        render.Viewports is { } viewports
            ? [new("viewports (one row per page each)", string.Join(", ", viewports))]
            :
            [
                new("viewport", $"{render.ViewportWidth}x{render.ViewportHeight}"),
                new("device scale factor", render.DeviceScaleFactor.ToString(CultureInfo.InvariantCulture)),
            ];

    private CardSettings CardSettings()
    {
        var render = options.Render;
        return new(
            options.Generator,
            [
                new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)),
                new("shard", $"{options.Sharding.Index} of {options.Sharding.Count}"),
                .. ViewportSettings(render),
                new("full page", render.FullPage ? "yes" : "no"),
                new("format", render.Format == ImageFormat.Jpeg ? $"jpeg, quality {render.Quality}" : "png"),
                new("max height", $"{render.MaxHeight} px"),
                new("javascript", render.JavaScriptEnabled ? "enabled" : "disabled"),
                new("tailwind", $"{options.Tailwind.Number} ({options.Tailwind.Version})"),
                new("styling", options.Styling.Name()),
            ],
            Tailwind: options.Tailwind.Version,
            Styling: options.Styling.Name()
        );
    }
}
