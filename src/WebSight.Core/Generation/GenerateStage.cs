using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>The generate stage: asks the run's page source for the page of each sample.</summary>
internal sealed class GenerateStage(IPageSource source) : IStage<SampleSpec, GeneratedPage>
{
    public const string StageName = "generate";

    public string Name => StageName;

    public int Parallelism => Math.Max(1, source.Concurrency);

    public ValueTask<StepResult<GeneratedPage>> RunAsync(SampleSpec input, CancellationToken cancellationToken) =>
        source.GenerateAsync(input, cancellationToken);
}
