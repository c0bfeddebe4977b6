using SkiaSharp;
using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>
/// Scores one rendered prediction against its reference: the block metrics on the two layouts' text, TreeBLEU on
/// their rendered element trees, and the image metrics on the two screenshots, the prediction's resized to the
/// reference's size at <see cref="AlignedWidth"/> pixels wide.
/// </summary>
internal sealed class PairScorer(IVisualSimilarity visual)
{
    /// <summary>Width the screenshots are compared at: a 2,560-pixel capture decodes at 1/8 inside libjpeg.</summary>
    public const int AlignedWidth = 320;

    public string VisualName => visual.Name;

    public ScoredPair Score(ReferencePage reference, RenderedSample prediction) =>
        Score(
            reference,
            prediction.Spec,
            prediction.Image,
            prediction.Width,
            prediction.Height,
            prediction.Layout ?? new PageLayout([], [])
        );

    /// <summary>Scores a prediction's screenshot (image pixels) and layout against the reference.</summary>
    public ScoredPair Score(
        ReferencePage reference,
        Foundation.SampleSpec spec,
        byte[] image,
        int imageWidth,
        int imageHeight,
        PageLayout predictionLayout
    )
    {
        var scale = reference.Settings.DeviceScaleFactor;
        var referenceBlocks = LayoutBlock.FromLayout(reference.Layout, reference.CssWidth, reference.CssHeight);
        var predictedBlocks = LayoutBlock.FromLayout(predictionLayout, imageWidth / scale, imageHeight / scale);
        var blocks = BlockMatcher.Score(referenceBlocks, predictedBlocks);
        var (treeBleu, treePrecision) = TreeBleu.Score(reference.Layout.Elements, predictionLayout.Elements);

        using var referenceImage = Screenshot.Decode(reference.Image, AlignedWidth);
        using var predictedImage = Screenshot.Decode(image, AlignedWidth);
        var (ssim, error) = ImageScores(referenceImage, predictedImage);
        var scores = new PairScores(
            spec.Id,
            blocks.Block,
            blocks.Text,
            blocks.Position,
            blocks.Color,
            visual.Score(referenceImage, predictedImage),
            treeBleu,
            treePrecision,
            ssim,
            error,
            referenceBlocks.Count,
            predictedBlocks.Count,
            blocks.Matched
        );
        return new ScoredPair(spec, scores, Thumbnail(predictedImage));
    }

    /// <summary>The number of text blocks the block metrics see in a reference (also for failed predictions).</summary>
    public static int BlocksOf(ReferencePage reference) =>
        LayoutBlock.FromLayout(reference.Layout, reference.CssWidth, reference.CssHeight).Count;

    /// <summary>SSIM (floored at 0) and mean absolute error of the prediction resized to the reference's size.</summary>
    public static (double Ssim, double MeanAbsoluteError) ImageScores(SKBitmap referenceImage, SKBitmap predictedImage)
    {
        var (width, height) = (referenceImage.Width, referenceImage.Height);
        using var resized = SameSize(predictedImage, referenceImage)
            ? null
            : Screenshot.Resize(predictedImage, width, height, SKColorType.Rgba8888);
        var aligned = resized ?? predictedImage;
        var ssim = Ssim.Compute(
            Screenshot.Luma(referenceImage, width, height),
            Screenshot.Luma(aligned, width, height),
            width,
            height
        );
        var error = Vectors.SumAbsoluteDifference(referenceImage.GetPixelSpan(), aligned.GetPixelSpan());
        return (Math.Max(0, ssim), error / (255.0 * 3 * width * height));
    }

    private static bool SameSize(SKBitmap first, SKBitmap second) =>
        first.Width == second.Width && first.Height == second.Height;

    private static byte[] Thumbnail(SKBitmap image)
    {
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        return encoded.ToArray();
    }
}
