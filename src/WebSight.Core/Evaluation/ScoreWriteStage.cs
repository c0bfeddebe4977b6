using WebSight.Core.Foundation;

namespace WebSight.Core.Evaluation;

/// <summary>The last stage of an eval: commits each scored pair to the <see cref="ScoreStore"/> (and its thumbnail).</summary>
internal sealed class ScoreWriteStage(ScoreStore store) : IStage<ScoredPair, ScoredPair>, IFlushingStage
{
    public const string StageName = "write";

    public string Name => StageName;

    public int Parallelism => 1;

    public async ValueTask<StepResult<ScoredPair>> RunAsync(ScoredPair input, CancellationToken cancellationToken)
    {
        await store.AddAsync(input.Scores, input.Thumbnail, cancellationToken);
        return StepResult<ScoredPair>.Pass(input);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => store.FlushAsync(cancellationToken);
}
