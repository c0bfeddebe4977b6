using System.Numerics;

namespace WebSight.Core.Evaluation;

/// <summary>
/// The structural similarity index (Wang et al. 2004) of two grey images of one size, as scikit-image's
/// <c>structural_similarity</c> computes it by default: a 7×7 uniform window, sample covariance, K1 = 0.01,
/// K2 = 0.03, data range 1, averaged over the windows that fit inside the image. Window sums run down the columns
/// with vector adds, then along each row.
/// </summary>
internal static class Ssim
{
    public const int Window = 7;

    private const float C1 = 0.01f * 0.01f;
    private const float C2 = 0.03f * 0.03f;

    public static double Compute(float[] x, float[] y, int width, int height)
    {
        if (x.Length != width * height || y.Length != x.Length)
            throw new ArgumentException("Both images must have width × height pixels.");
        var window = Math.Min(Window, Math.Min(width, height));
        if (window < 2)
            return x.SequenceEqual(y) ? 1 : 0;
        var xx = new float[x.Length];
        var yy = new float[x.Length];
        var xy = new float[x.Length];
        Vectors.Multiply(x, x, xx);
        Vectors.Multiply(y, y, yy);
        Vectors.Multiply(x, y, xy);
        var sx = WindowSums(x, width, height, window);
        var sy = WindowSums(y, width, height, window);
        var sxx = WindowSums(xx, width, height, window);
        var syy = WindowSums(yy, width, height, window);
        var sxy = WindowSums(xy, width, height, window);
        return Mean(sx, sy, sxx, syy, sxy, window * window);
    }

    private static double Mean(float[] sx, float[] sy, float[] sxx, float[] syy, float[] sxy, int n)
    {
        var inverse = new Vector<float>(1f / n);
        var covariance = new Vector<float>(n / (float)(n - 1));
        var (c1, c2, two) = (new Vector<float>(C1), new Vector<float>(C2), new Vector<float>(2));
        var sum = Vector<double>.Zero;
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= sx.Length - width; i += width)
        {
            var mx = new Vector<float>(sx, i) * inverse;
            var my = new Vector<float>(sy, i) * inverse;
            var vx = (new Vector<float>(sxx, i) * inverse - mx * mx) * covariance;
            var vy = (new Vector<float>(syy, i) * inverse - my * my) * covariance;
            var vxy = (new Vector<float>(sxy, i) * inverse - mx * my) * covariance;
            var map = (two * mx * my + c1) * (two * vxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
            Vector.Widen(map, out var low, out var high);
            sum += low + high;
        }
        var total = Vector.Sum(sum);
        for (; i < sx.Length; i++)
            total += Single(sx[i], sy[i], sxx[i], syy[i], sxy[i], n);
        return total / sx.Length;
    }

    private static double Single(float sx, float sy, float sxx, float syy, float sxy, int n)
    {
        var (mx, my) = (sx / n, sy / n);
        var correction = n / (float)(n - 1);
        var vx = (sxx / n - mx * mx) * correction;
        var vy = (syy / n - my * my) * correction;
        var vxy = (sxy / n - mx * my) * correction;
        return (2 * mx * my + C1) * (2 * vxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2));
    }

    /// <summary>Sums over every window × window square that fits, row-major, (width − w + 1) × (height − w + 1).</summary>
    private static float[] WindowSums(float[] source, int width, int height, int window)
    {
        var outWidth = width - window + 1;
        var outHeight = height - window + 1;
        var result = new float[outWidth * outHeight];
        var column = new float[width];
        for (var row = 0; row < window; row++)
            Vectors.Add(column, source.AsSpan(row * width, width));
        for (var top = 0; ; top++)
        {
            var target = result.AsSpan(top * outWidth, outWidth);
            float running = 0;
            for (var c = 0; c < window; c++)
                running += column[c];
            target[0] = running;
            for (var c = 1; c < outWidth; c++)
            {
                running += column[c + window - 1] - column[c - 1];
                target[c] = running;
            }
            if (top + 1 >= outHeight)
                break;
            Vectors.AddSubtract(
                column,
                source.AsSpan((top + window) * width, width),
                source.AsSpan(top * width, width)
            );
        }
        return result;
    }
}
