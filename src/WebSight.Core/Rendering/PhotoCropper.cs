using SkiaSharp;

namespace WebSight.Core.Rendering;

/// <summary>A library photo cut to the size a page asks for, as CSS <c>object-fit: cover</c> would: scaled to fill, centred, cropped.</summary>
internal static class PhotoCropper
{
    public const string ContentType = "image/jpeg";

    private const int JpegQuality = 85;

    /// <summary>True when Skia can read the file's header as an image it decodes.</summary>
    public static bool CanRead(string path)
    {
        using var codec = SKCodec.Create(path);
        return codec is { Info.Width: > 0, Info.Height: > 0 };
    }

    /// <summary>The cropped JPEG, or null when the file no longer decodes.</summary>
    public static byte[]? Cover(string path, int width, int height)
    {
        using var source = SKImage.FromEncodedData(path);
        if (source is null)
            return null;
        var scale = Math.Max(width / (double)source.Width, height / (double)source.Height);
        var (cropWidth, cropHeight) = (width / scale, height / scale);
        var left = (source.Width - cropWidth) / 2;
        var top = (source.Height - cropHeight) / 2;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(
            source,
            SKRect.Create((float)left, (float)top, (float)cropWidth, (float)cropHeight),
            SKRect.Create(width, height),
            new SKSamplingOptions(SKCubicResampler.Mitchell)
        );
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return data.ToArray();
    }
}
