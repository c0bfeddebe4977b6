using SkiaSharp;

namespace WebSight.Core.Evaluation;

/// <summary>
/// Screenshots as the image metrics read them: decoded at a reduced width (JPEG scales inside libjpeg, so a
/// 2,560-pixel-wide capture costs a few milliseconds) and resized with Skia, never pixel by pixel in managed code.
/// </summary>
internal static class Screenshot
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>The image at exactly <paramref name="width"/> pixels wide, its aspect kept.</summary>
    public static SKBitmap Decode(ReadOnlySpan<byte> encoded, int width)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("the image is not a JPEG or PNG");
        var size = codec.GetScaledDimensions(Math.Min(1f, width / (float)codec.Info.Width));
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw new InvalidDataException($"the image does not decode ({result})");
        var height = Math.Max(1, (int)Math.Round(codec.Info.Height * width / (double)codec.Info.Width));
        return Resize(decoded, width, height, SKColorType.Rgba8888);
    }

    /// <summary>A copy at the given size and pixel type (Gray8 gives luma).</summary>
    public static SKBitmap Resize(SKBitmap source, int width, int height, SKColorType type)
    {
        var alpha = type == SKColorType.Gray8 ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var target = new SKBitmap(new SKImageInfo(width, height, type, alpha));
        if (!source.ScalePixels(target, Sampling))
        {
            target.Dispose();
            throw new InvalidDataException("the image could not be resized");
        }
        return target;
    }

    /// <summary>Luma of a bitmap at the given size, 0–1 a pixel.</summary>
    public static float[] Luma(SKBitmap source, int width, int height)
    {
        using var gray =
            source.Width == width && source.Height == height
                ? source.Copy(SKColorType.Gray8) ?? throw new InvalidDataException("the image has no grey copy")
                : Resize(source, width, height, SKColorType.Gray8);
        var bytes = gray.GetPixelSpan();
        var result = new float[width * height];
        var rowBytes = gray.RowBytes;
        for (var row = 0; row < height; row++)
            Vectors.ToUnitFloats(bytes.Slice(row * rowBytes, width), result.AsSpan(row * width, width));
        return result;
    }

    /// <summary>Side by side, each scaled to <paramref name="width"/> pixels wide, as a JPEG for the report.</summary>
    public static byte[] SideBySide(SKBitmap left, SKBitmap right, int width)
    {
        var leftHeight = (int)Math.Round(left.Height * width / (double)left.Width);
        var rightHeight = (int)Math.Round(right.Height * width / (double)right.Width);
        const int Gap = 8;
        using var canvasBitmap = new SKBitmap(width * 2 + Gap, Math.Max(leftHeight, rightHeight));
        using (var canvas = new SKCanvas(canvasBitmap))
        {
            canvas.Clear(new SKColor(0x80, 0x80, 0x80));
            using var leftImage = SKImage.FromBitmap(left);
            using var rightImage = SKImage.FromBitmap(right);
            canvas.DrawImage(leftImage, new SKRect(0, 0, width, leftHeight), Sampling);
            canvas.DrawImage(rightImage, new SKRect(width + Gap, 0, width * 2 + Gap, rightHeight), Sampling);
        }
        using var image = SKImage.FromBitmap(canvasBitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return encoded.ToArray();
    }
}
