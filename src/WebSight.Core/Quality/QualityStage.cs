using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>
/// The quality stage: QA metrics on the screenshot and the page probe, and near-duplicates of earlier samples.
/// A sample that fails a check is rejected with the most serious reason, or kept with its flags when asked.
/// </summary>
internal sealed class QualityStage : IStage<RenderedSample, CheckedSample>
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

    public ValueTask<StepResult<CheckedSample>> RunAsync(RenderedSample input, CancellationToken cancellationToken)
    {
        var page = input.Page;
        var report = _checker.Check(page.Spec.Id, input.Image, input.Probe, VisibleText.FromHtml(page.Html));
        foreach (var flag in report.Flags)
            _stats.Add("qa_flags." + flag.Code(), 1);
        return ValueTask.FromResult(
            report.Passed || _options.KeepFlagged
                ? StepResult<CheckedSample>.Pass(new CheckedSample(input, report))
                : StepResult<CheckedSample>.Refuse(report.Flags[0], report.Detail, page.Html)
        );
    }
}
