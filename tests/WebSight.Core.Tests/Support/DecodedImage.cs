using SkiaSharp;

namespace WebSight.Core.Tests.Support;

/// <summary>A screenshot decoded by an independent decoder (Skia), with the numbers tests assert on.</summary>
internal sealed record DecodedImage(string Format, int Width, int Height, double LumaStdDev, double DominantShare)
{
    public static DecodedImage Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new InvalidDataException("not an image");
        var format = codec.EncodedFormat.ToString().ToLowerInvariant();
        using var bitmap = SKBitmap.Decode(bytes) ?? throw new InvalidDataException("image does not decode");
        var histogram = new Dictionary<uint, int>();
        double sum = 0,
            sumSquares = 0;
        var samples = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                var pixel = bitmap.GetPixel(x, y);
                var luma = 0.299 * pixel.Red + 0.587 * pixel.Green + 0.114 * pixel.Blue;
                sum += luma;
                sumSquares += luma * luma;
                samples++;
                var key = (uint)pixel & 0xF0F0F0F0;
                histogram[key] = histogram.GetValueOrDefault(key) + 1;
            }
        }
        var mean = sum / samples;
        var deviation = Math.Sqrt(Math.Max(0, sumSquares / samples - mean * mean));
        return new DecodedImage(
            format,
            bitmap.Width,
            bitmap.Height,
            deviation,
            histogram.Values.Max() / (double)samples
        );
    }

    /// <summary>Mean absolute difference per channel (0-255) of two images of the same size; infinity otherwise.</summary>
    public static double MeanAbsoluteDifference(byte[] a, byte[] b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        if (first.Width != second.Width || first.Height != second.Height)
            return double.PositiveInfinity;
        double sum = 0;
        for (var y = 0; y < first.Height; y++)
        {
            for (var x = 0; x < first.Width; x++)
            {
                var p = first.GetPixel(x, y);
                var q = second.GetPixel(x, y);
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        }
        return sum / (3.0 * first.Width * first.Height);
    }

    /// <summary>A real page has text, colour and images: luma varies and no single colour covers nearly everything.</summary>
    /// <summary>Not blank by the quality stage's own rule (one colour over 99.5 % of the image is blank).</summary>
    public bool LooksNonBlank => LumaStdDev > 8 && DominantShare < 0.995;
}
