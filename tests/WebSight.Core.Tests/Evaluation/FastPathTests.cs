using System.Runtime.InteropServices;
using SkiaSharp;
using WebSight.Core.Evaluation;

namespace WebSight.Core.Tests.Evaluation;

/// <summary>The fast paths of the metrics give what the plain computations they replace give.</summary>
public sealed class FastPathTests
{
    [Fact]
    public void Luma_of_an_opaque_bitmap_equals_Skias_grey_copy()
    {
        const int W = 512,
            H = 64;
        using var bitmap = new SKBitmap(new SKImageInfo(W, H, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pixels = new byte[W * H * 4];
        new Random(1).NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
            pixels[i] = 255;
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var gray = bitmap.Copy(SKColorType.Gray8)!;
        var expected = gray.GetPixelSpan().ToArray().Select(b => b * (1f / 255)).ToArray();

        Assert.Equal(expected, Screenshot.Luma(bitmap, W, H));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Text_ratio_equals_a_plain_Ratcliff_Obershelp(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var a = RandomText(random, random.Next(0, 60));
            var b = random.Next(2) == 0 ? Edit(random, a) : RandomText(random, random.Next(0, 60));
            var expected = a.Length + b.Length == 0 ? 1 : 2.0 * PlainMatches(a, b) / (a.Length + b.Length);
            Assert.Equal(expected, TextSimilarity.Ratio(a, b), 12);
        }
    }

    [Fact]
    public void Ssim_equals_a_direct_double_precision_computation()
    {
        const int W = 53,
            H = 41;
        var random = new Random(5);
        var x = new float[W * H];
        for (var i = 0; i < x.Length; i++)
            x[i] = i % W < 20 ? 1 : (float)random.NextDouble();
        var y = x.Select((v, i) => i % 5 == 0 ? 1 - v : v).ToArray();

        Assert.Equal(DirectSsim(x, y, W, H), Ssim.Compute(x, y, W, H), 5);
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcde fghij"[random.Next(11)]).ToArray());

    private static string Edit(Random random, string text)
    {
        var chars = text.ToList();
        for (var k = 0; k < 3 && chars.Count > 0; k++)
            chars[random.Next(chars.Count)] = 'z';
        if (chars.Count > 0)
            chars.RemoveAt(random.Next(chars.Count));
        return new string(chars.ToArray());
    }

    /// <summary>difflib's definition, computed directly: the first longest common block, then both sides of it.</summary>
    private static int PlainMatches(string a, string b)
    {
        int bestI = 0,
            bestJ = 0,
            best = 0;
        for (var i = 0; i < a.Length; i++)
        for (var j = 0; j < b.Length; j++)
        {
            var k = 0;
            while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k])
                k++;
            if (k > best)
                (bestI, bestJ, best) = (i, j, k);
        }
        if (best == 0)
            return 0;
        return best + PlainMatches(a[..bestI], b[..bestJ]) + PlainMatches(a[(bestI + best)..], b[(bestJ + best)..]);
    }

    private static double DirectSsim(float[] x, float[] y, int width, int height)
    {
        const int N = Ssim.Window * Ssim.Window;
        double total = 0;
        for (var top = 0; top + Ssim.Window <= height; top++)
        for (var left = 0; left + Ssim.Window <= width; left++)
        {
            double sx = 0,
                sy = 0,
                sxx = 0,
                syy = 0,
                sxy = 0;
            for (var r = top; r < top + Ssim.Window; r++)
            for (var c = left; c < left + Ssim.Window; c++)
            {
                double u = x[r * width + c],
                    v = y[r * width + c];
                (sx, sy, sxx, syy, sxy) = (sx + u, sy + v, sxx + u * u, syy + v * v, sxy + u * v);
            }
            var (mx, my) = (sx / N, sy / N);
            var correction = N / (N - 1.0);
            var vx = (sxx / N - mx * mx) * correction;
            var vy = (syy / N - my * my) * correction;
            var vxy = (sxy / N - mx * my) * correction;
            const double C1 = 0.0001,
                C2 = 0.0009;
            total += (2 * mx * my + C1) * (2 * vxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
        }
        return total / ((width - Ssim.Window + 1.0) * (height - Ssim.Window + 1));
    }
}
