using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Evaluation;

/// <summary>The predictions as the pipeline's page source: the sample named by a prediction's id is its HTML, as is.</summary>
internal sealed class PredictionSource(IReadOnlyDictionary<string, Prediction> predictions) : IPageSource
{
    public const string GeneratorName = "prediction";

    public string Name => GeneratorName;

    public int Concurrency => 1;

    public long? FixedSampleCount => predictions.Count;

    public ValueTask<StepResult<GeneratedPage>> GenerateAsync(SampleSpec spec, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            StepResult<GeneratedPage>.Pass(
                new GeneratedPage(spec, predictions[spec.Id].Text, "", "", GeneratorName, [])
            )
        );
}
