using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Pipeline;

/// <summary>What reaches the writer for one sample: a rendered page or the reason it was dropped.</summary>
internal sealed record StageResult(RenderedSample? Sample, Rejection? Rejection)
{
    public static StageResult Rendered(RenderedSample sample) => new(sample, null);

    public static StageResult Rejected(Rejection rejection) => new(null, rejection);
}
