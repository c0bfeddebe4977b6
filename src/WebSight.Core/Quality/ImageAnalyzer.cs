using SkiaSharp;

namespace WebSight.Core.Quality;

/// <summary>
/// Decodes a screenshot (JPEG or PNG) at a reduced size and measures it. JPEG decodes scaled inside libjpeg,
/// so a 2560-pixel-wide capture costs a few milliseconds.
/// </summary>
internal static class ImageAnalyzer
{
    /// <summary>Width the image is measured at; enough for blank/content shares and a 9x8 hash.</summary>
    public const int AnalysisWidth = 320;

    /// <summary>Channel difference (sum over R, G, B) beyond which a pixel is not background.</summary>
    private const int BackgroundTolerance = 36;

    public static ImageMetrics Analyze(ReadOnlySpan<byte> encoded)
    {
        using var bitmap = DecodeScaled(encoded, AnalysisWidth);
        return Measure(bitmap);
    }

    /// <summary>Decodes at about <paramref name="targetWidth"/> pixels wide (never wider than the original).</summary>
    public static SKBitmap DecodeScaled(ReadOnlySpan<byte> encoded, int targetWidth)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("The image is not a JPEG or PNG.");
        var scale = Math.Min(1f, targetWidth / (float)codec.Info.Width);
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            throw new InvalidDataException($"The image does not decode ({result}).");
        }
        if (decoded.Width <= targetWidth * 3 / 2)
            return decoded;
        // The codec could not scale (PNG): resize the full decode instead.
        var height = Math.Max(1, (int)Math.Round(decoded.Height * targetWidth / (double)decoded.Width));
        var resized = decoded.Resize(
            new SKImageInfo(targetWidth, height, SKColorType.Rgba8888, SKAlphaType.Premul),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)
        );
        decoded.Dispose();
        return resized ?? throw new InvalidDataException("The image could not be resized.");
    }

    public static ImageMetrics Measure(SKBitmap bitmap)
    {
        var width = bitmap.Width;
        var height = bitmap.Height;
        var pixels = bitmap.GetPixelSpan();
        var count = width * height;
        var luma = new double[count];
        // 12-bit colour bins (4 bits a channel) in a flat array: a dictionary here cost more than the decode.
        var histogram = new int[4096];
        double sum = 0,
            sumSquares = 0;
        for (var i = 0; i < count; i++)
        {
            var (r, g, b) = (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]);
            var y = 0.299 * r + 0.587 * g + 0.114 * b;
            luma[i] = y;
            sum += y;
            sumSquares += y * y;
            var key = (r >> 4 << 8) | (g >> 4 << 4) | (b >> 4);
            histogram[key]++;
        }
        var mean = sum / count;
        var stdDev = Math.Sqrt(Math.Max(0, sumSquares / count - mean * mean));
        var dominantKey = 0;
        for (var key = 1; key < histogram.Length; key++)
        {
            if (histogram[key] > histogram[dominantKey])
                dominantKey = key;
        }
        var dominantCount = histogram[dominantKey];
        return new ImageMetrics(
            stdDev,
            dominantCount / (double)count,
            ContentShare(pixels, count, dominantKey),
            DifferenceHash.Compute(luma, width, TopPartHeight(width, height))
        );
    }

    /// <summary>The first screen of a page says most about its design: hash a 4:3 band from the top.</summary>
    private static int TopPartHeight(int width, int height) => Math.Clamp(width * 3 / 4, 1, height);

    /// <summary>Share of pixels farther than the tolerance from the mean colour of the dominant bin (the background).</summary>
    private static double ContentShare(ReadOnlySpan<byte> pixels, int count, int dominantKey)
    {
        long r = 0,
            g = 0,
            b = 0,
            n = 0;
        for (var i = 0; i < count; i++)
        {
            var key = (pixels[i * 4] >> 4 << 8) | (pixels[i * 4 + 1] >> 4 << 4) | (pixels[i * 4 + 2] >> 4);
            if (key != dominantKey)
                continue;
            r += pixels[i * 4];
            g += pixels[i * 4 + 1];
            b += pixels[i * 4 + 2];
            n++;
        }
        var (br, bg, bb) = ((int)(r / n), (int)(g / n), (int)(b / n));
        var content = 0;
        for (var i = 0; i < count; i++)
        {
            var distance =
                Math.Abs(pixels[i * 4] - br) + Math.Abs(pixels[i * 4 + 1] - bg) + Math.Abs(pixels[i * 4 + 2] - bb);
            if (distance > BackgroundTolerance)
                content++;
        }
        return content / (double)count;
    }
}
