using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>
/// The quality stage: QA metrics on the screenshot and the page probe, and near-duplicates of earlier samples.
/// A sample that fails a check is rejected with the most serious reason, or kept with its flags when asked.
/// </summary>
internal sealed class QualityStage : IStage<RenderedPage, CheckedPage>
{
    public const string StageName = "quality";

    private readonly QualityChecker _checker;
    private readonly QualityOptions _options;
    private readonly RunStats _stats;

    /// <param name="committed">The hashes of rows an earlier run committed, so a resume still finds their repeats.</param>
    public QualityStage(
        QualityOptions options,
        int parallelism,
        RunStats stats,
        IEnumerable<(string Id, ulong ImageHash, ulong TextHash)>? committed = null
    )
    {
        _checker = new QualityChecker(options);
        _checker.Remember(committed ?? []);
        _options = options;
        _stats = stats;
        Parallelism = parallelism;
    }

    public string Name => StageName;

    public int Parallelism { get; }

    public ValueTask<StepResult<CheckedPage>> RunAsync(RenderedPage input, CancellationToken cancellationToken)
    {
        var page = input.Views[0].Page;
        var reports = _checker.CheckPage(
            page.Spec.Id,
            input.Views.Select(v => (v.Image, (PageProbeResult?)v.Probe)).ToList(),
            VisibleText.FromHtml(page.Html)
        );
        foreach (var flag in reports.SelectMany(r => r.Flags))
            _stats.Add("qa_flags." + flag.Code(), 1);
        var failed = reports.Select((report, i) => (report, i)).FirstOrDefault(r => !r.report.Passed);
        if (failed.report is null || _options.KeepFlagged)
            return ValueTask.FromResult(
                StepResult<CheckedPage>.Pass(
                    new CheckedPage(input.Views.Select((v, i) => new CheckedSample(v, reports[i])).ToList())
                )
            );
        // One viewport failing rejects the page: its rows are kept whole or not at all.
        var detail =
            input.Views.Count > 1
                ? $"{input.Views[failed.i].ViewportName}: {failed.report.Detail}"
                : failed.report.Detail;
        return ValueTask.FromResult(StepResult<CheckedPage>.Refuse(failed.report.Flags[0], detail, page.Html));
    }
}
