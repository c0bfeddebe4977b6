using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>
/// The quality stage: QA metrics on the screenshot and the page probe, and near-duplicates of earlier samples.
/// A sample that fails a check is rejected with the most serious reason, or kept with its flags when asked.
/// </summary>
internal sealed class QualityStage(QualityOptions options, int parallelism, RunStats stats)
    : IStage<RenderedSample, CheckedSample>
{
    public const string StageName = "quality";

    private readonly QualityChecker _checker = new(options);

    public string Name => StageName;

    public int Parallelism => parallelism;

    public ValueTask<StepResult<CheckedSample>> RunAsync(RenderedSample input, CancellationToken cancellationToken)
    {
        var page = input.Page;
        var report = _checker.Check(page.Spec.Id, input.Image, input.Probe, VisibleText.FromHtml(page.Html));
        foreach (var flag in report.Flags)
            stats.Add("qa_flags." + flag.Code(), 1);
        return ValueTask.FromResult(
            report.Passed || options.KeepFlagged
                ? StepResult<CheckedSample>.Pass(new CheckedSample(input, report))
                : StepResult<CheckedSample>.Refuse(report.Flags[0], report.Detail, page.Html)
        );
    }
}
