using SkiaSharp;

namespace WebSight.Core.Evaluation;

/// <summary>
/// The whole-screenshot similarity of Design2Code's fifth score (CLIP there). Both screenshots come in as decoded
/// bitmaps; like Design2Code, each is squeezed into a square before it is compared. Must be safe to call from
/// several scoring workers at once.
/// </summary>
internal interface IVisualSimilarity : IDisposable
{
    /// <summary>What summary.json and the report call it.</summary>
    string Name { get; }

    double Score(SKBitmap reference, SKBitmap predicted);
}

/// <summary>The model-free default: SSIM of the two screenshots' luma, each resized to 256 × 256.</summary>
internal sealed class SsimVisualSimilarity : IVisualSimilarity
{
    public const int Side = 256;

    public string Name => "ssim-256";

    public double Score(SKBitmap reference, SKBitmap predicted) =>
        Math.Max(
            0,
            Ssim.Compute(Screenshot.Luma(reference, Side, Side), Screenshot.Luma(predicted, Side, Side), Side, Side)
        );

    public void Dispose() { }
}
