using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>The score stage: each rendered prediction against its reference, one pair per core at a time.</summary>
internal sealed class ScoreStage(IReferencePages references, PairScorer scorer) : IStage<RenderedPage, ScoredPair>
{
    public const string StageName = "score";

    public string Name => StageName;

    public int Parallelism => Environment.ProcessorCount;

    public async ValueTask<StepResult<ScoredPair>> RunAsync(RenderedPage page, CancellationToken cancellationToken)
    {
        // Predictions render at the one viewport of their reference (EvalOptions.Viewport).
        var input = page.Views[0];
        var reference = await references.GetAsync(input.Spec.Id, cancellationToken);
        try
        {
            return StepResult<ScoredPair>.Pass(scorer.Score(reference, input));
        }
        catch (InvalidDataException e)
        {
            return StepResult<ScoredPair>.Refuse(
                RejectReason.RenderFailed,
                "the screenshot does not decode: " + e.Message
            );
        }
    }
}
