using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SkiaSharp;
using WebSight.Core.Evaluation;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Bench;

/// <summary>
/// The hot code of `eval`, one core: decoding a 2,560 × 8,000 JPEG at the aligned width, SSIM at that size, and the
/// block matcher on the text of a template page against an edited copy.
/// </summary>
[MemoryDiagnoser]
public partial class EvalMetricBenchmarks
{
    private byte[] _jpeg = null!;
    private float[] _first = null!;
    private float[] _second = null!;
    private List<LayoutBlock> _reference = null!;
    private List<LayoutBlock> _predicted = null!;
    private int _height;

    [GlobalSetup]
    public void Setup()
    {
        using (var bitmap = new SKBitmap(2560, 8000))
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(30, 64, 175) })
        {
            canvas.Clear(SKColors.White);
            for (var y = 0; y < 8000; y += 160)
                canvas.DrawRect(200 + y % 700, y, 1400, 90, paint);
            using var image = SKImage.FromBitmap(bitmap);
            _jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 65).ToArray();
        }
        using (var decoded = Screenshot.Decode(_jpeg, PairScorer.AlignedWidth))
        {
            _height = decoded.Height;
            _first = Screenshot.Luma(decoded, decoded.Width, _height);
        }
        _second = _first.Select((v, i) => i % 97 == 0 ? 1 - v : v).ToArray();
        var html = new TemplateGenerator(new TemplateGeneratorOptions()).Generate(SampleSpec.For(3, 0)).Html;
        var texts = Tags().Split(html).Select(t => t.Trim()).Where(t => t.Length > 1).ToList();
        _reference = texts
            .Select((t, i) => new LayoutBlock(t, 0.1 + i % 3 * 0.3, i / (double)texts.Count, 0.25, 0.01, Rgb.Black))
            .ToList();
        _predicted = _reference.Select((b, i) => i % 3 == 0 ? b with { Text = b.Text.Replace('e', 'o') } : b).ToList();
    }

    [Benchmark(Description = "decode 2560x8000 JPEG at 320 wide")]
    public int Decode()
    {
        using var bitmap = Screenshot.Decode(_jpeg, PairScorer.AlignedWidth);
        return bitmap.Height;
    }

    [Benchmark(Description = "SSIM 320 wide")]
    public double Ssim() => WebSight.Core.Evaluation.Ssim.Compute(_first, _second, PairScorer.AlignedWidth, _height);

    [Benchmark(Description = "block matcher, one template page")]
    public double Blocks() => BlockMatcher.Score(_reference, _predicted).Text;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
