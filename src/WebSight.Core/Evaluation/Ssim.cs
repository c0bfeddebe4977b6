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
        // Column sums over the current band of rows (x, y, x², y², xy), moved down one row at a time, so no image-sized
        // buffer is allocated: a 320 × 2,000 screenshot pair would otherwise allocate tens of megabytes per pair.
        var columns = new float[5][];
        for (var k = 0; k < 5; k++)
            columns[k] = new float[width];
        var products = new float[3][];
        for (var k = 0; k < 3; k++)
            products[k] = new float[width];
        var leaving = new float[3][];
        for (var k = 0; k < 3; k++)
            leaving[k] = new float[width];
        for (var row = 0; row < window; row++)
            AddRow(columns, products, x, y, row, width);
        var outWidth = width - window + 1;
        var sums = new float[5][];
        for (var k = 0; k < 5; k++)
            sums[k] = new float[outWidth];
        double total = 0;
        for (var top = 0; ; top++)
        {
            for (var k = 0; k < 5; k++)
                WindowRow(columns[k], sums[k], window);
            total += RowSum(sums, window * window);
            if (top + window >= height)
                break;
            SubtractRow(columns, leaving, x, y, top, width);
            AddRow(columns, products, x, y, top + window, width);
        }
        return total / ((double)outWidth * (height - window + 1));
    }

    private static void AddRow(float[][] columns, float[][] products, float[] x, float[] y, int row, int width)
    {
        var xs = x.AsSpan(row * width, width);
        var ys = y.AsSpan(row * width, width);
        Vectors.Multiply(xs, xs, products[0]);
        Vectors.Multiply(ys, ys, products[1]);
        Vectors.Multiply(xs, ys, products[2]);
        Vectors.Add(columns[0], xs);
        Vectors.Add(columns[1], ys);
        Vectors.Add(columns[2], products[0]);
        Vectors.Add(columns[3], products[1]);
        Vectors.Add(columns[4], products[2]);
    }

    private static void SubtractRow(float[][] columns, float[][] products, float[] x, float[] y, int row, int width)
    {
        var xs = x.AsSpan(row * width, width);
        var ys = y.AsSpan(row * width, width);
        Vectors.Multiply(xs, xs, products[0]);
        Vectors.Multiply(ys, ys, products[1]);
        Vectors.Multiply(xs, ys, products[2]);
        Vectors.Subtract(columns[0], xs);
        Vectors.Subtract(columns[1], ys);
        Vectors.Subtract(columns[2], products[0]);
        Vectors.Subtract(columns[3], products[1]);
        Vectors.Subtract(columns[4], products[2]);
    }

    /// <summary>
    /// Sums of every <paramref name="window"/> consecutive column sums: the window sums of one output row, a vector of
    /// outputs at a time from shifted loads (a running sum would be one long chain of dependent scalar adds).
    /// </summary>
    private static void WindowRow(float[] column, float[] target, int window)
    {
        var c = 0;
        var lanes = Vector<float>.Count;
        for (; c <= target.Length - lanes; c += lanes)
        {
            var sum = new Vector<float>(column, c);
            for (var k = 1; k < window; k++)
                sum += new Vector<float>(column, c + k);
            sum.CopyTo(target, c);
        }
        for (; c < target.Length; c++)
        {
            float sum = 0;
            for (var k = 0; k < window; k++)
                sum += column[c + k];
            target[c] = sum;
        }
    }

    /// <summary>The sum of the SSIM map over one output row, from its window sums.</summary>
    private static double RowSum(float[][] sums, int n)
    {
        var (sx, sy, sxx, syy, sxy) = (sums[0], sums[1], sums[2], sums[3], sums[4]);
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
        return total;
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
}
