namespace WebSight.Core.Quality;

/// <summary>
/// dHash: the image shrunk to 9x8 luma cells by box averaging; each bit says whether a cell is brighter than its
/// right neighbour. Robust to re-encoding and small shifts, cheap, and compared by Hamming distance.
/// </summary>
internal static class DifferenceHash
{
    private const int Columns = 9;
    private const int Rows = 8;

    /// <summary>Hashes the top <paramref name="height"/> rows of a row-major luma plane <paramref name="width"/> wide.</summary>
    public static ulong Compute(ReadOnlySpan<double> luma, int width, int height)
    {
        Span<double> cells = stackalloc double[Columns * Rows];
        for (var row = 0; row < Rows; row++)
        {
            var y0 = row * height / Rows;
            var y1 = Math.Max(y0 + 1, (row + 1) * height / Rows);
            for (var column = 0; column < Columns; column++)
            {
                var x0 = column * width / Columns;
                var x1 = Math.Max(x0 + 1, (column + 1) * width / Columns);
                double sum = 0;
                for (var y = y0; y < y1; y++)
                {
                    for (var x = x0; x < x1; x++)
                        sum += luma[y * width + x];
                }
                cells[row * Columns + column] = sum / ((y1 - y0) * (x1 - x0));
            }
        }
        ulong hash = 0;
        var bit = 0;
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns - 1; column++, bit++)
            {
                // A small margin keeps flat areas (equal neighbours up to JPEG noise) from flipping bits.
                if (cells[row * Columns + column] > cells[row * Columns + column + 1] + 0.5)
                    hash |= 1UL << bit;
            }
        }
        return hash;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
