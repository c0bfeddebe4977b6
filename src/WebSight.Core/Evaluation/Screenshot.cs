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
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            throw new InvalidDataException($"the image does not decode ({result})");
        }
        var height = Math.Max(1, (int)Math.Round(codec.Info.Height * width / (double)codec.Info.Width));
        // A 2,560-pixel capture decodes at 1/8 to exactly the aligned size: no second copy then.
        if (size.Width == width && size.Height == height)
        {
            decoded.SetImmutable();
            return decoded;
        }
        using (decoded)
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
        // Immutable: Skia then draws from these pixels instead of copying them first, and can keep their mipmaps.
        target.SetImmutable();
        return target;
    }

    /// <summary>Luma of a bitmap at the given size, 0–1 a pixel.</summary>
    public static float[] Luma(SKBitmap source, int width, int height)
    {
        var result = new float[width * height];
        if (source.Width == width && source.Height == height && OpaqueLuma(source, result))
            return result;
        using var gray =
            source.Width == width && source.Height == height
                ? source.Copy(SKColorType.Gray8) ?? throw new InvalidDataException("the image has no grey copy")
                : Resize(source, width, height, SKColorType.Gray8);
        var bytes = gray.GetPixelSpan();
        var rowBytes = gray.RowBytes;
        for (var row = 0; row < height; row++)
            Vectors.ToUnitFloats(bytes.Slice(row * rowBytes, width), result.AsSpan(row * width, width));
        return result;
    }

    /// <summary>
    /// Skia's own RGBA-to-Gray8 conversion, (54·R + 183·G + 19·B) / 256 truncated, without its copy through the raster
    /// pipeline (a few milliseconds a screenshot); false, and Skia's path, for anything but opaque RGBA.
    /// </summary>
    private static bool OpaqueLuma(SKBitmap source, float[] result)
    {
        if (source.ColorType != SKColorType.Rgba8888 || source.ColorSpace is { IsSrgb: false })
            return false;
        var pixels = source.GetPixelSpan();
        var (width, rowBytes) = (source.Width, source.RowBytes);
        for (var row = 0; row < source.Height; row++)
        {
            var line = pixels.Slice(row * rowBytes, width * 4);
            var target = result.AsSpan(row * width, width);
            for (var x = 0; x < width; x++)
            {
                if (line[4 * x + 3] != 255)
                    return false;
                var luma = (54 * line[4 * x] + 183 * line[4 * x + 1] + 19 * line[4 * x + 2]) >> 8;
                target[x] = luma * (1f / 255);
            }
        }
        return true;
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
