using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WebSight.Core.Generation;

namespace WebSight.Core.Rendering;

/// <summary>
/// Deterministic stand-ins for photos: an SVG landscape whose colours and shapes derive from the keyword and size.
/// SVG costs nothing to encode and scales to any requested size; Chromium never runs script inside an img SVG.
/// </summary>
internal static class PlaceholderImages
{
    public const string ContentType = "image/svg+xml";

    public static byte[] Render(ImageRequest request)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Keyword}|{request.Width}x{request.Height}"));
        var rng = new Random(BinaryPrimitives.ReadInt32LittleEndian(hash));
        var hue = rng.Next(360);
        var (w, h) = (request.Width, request.Height);
        var svg = new StringBuilder(1024);
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"none\">"
        );
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"{Hsl(hue, 55, 78)}\"/><stop offset=\"1\" stop-color=\"{Hsl((hue + 40) % 360, 45, 52)}\"/></linearGradient></defs>"
        );
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{w}\" height=\"{h}\" fill=\"url(#g)\"/>");
        var sunX = w * (0.15 + rng.NextDouble() * 0.7);
        var sunY = h * (0.15 + rng.NextDouble() * 0.25);
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<circle cx=\"{sunX:F0}\" cy=\"{sunY:F0}\" r=\"{Math.Min(w, h) * 0.09:F0}\" fill=\"{Hsl((hue + 180) % 360, 70, 85)}\"/>"
        );
        for (var layer = 0; layer < 3; layer++)
        {
            var baseline = h * (0.55 + layer * 0.15);
            var points = new StringBuilder();
            points.Append(CultureInfo.InvariantCulture, $"0,{h} ");
            var steps = 4 + rng.Next(4);
            for (var i = 0; i <= steps; i++)
            {
                var x = w * i / (double)steps;
                var y = baseline - h * rng.NextDouble() * (0.3 - layer * 0.08);
                points.Append(CultureInfo.InvariantCulture, $"{x:F0},{y:F0} ");
            }
            points.Append(CultureInfo.InvariantCulture, $"{w},{h}");
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<polygon points=\"{points}\" fill=\"{Hsl((hue + 20 * layer) % 360, 35, 40 - layer * 10)}\"/>"
            );
        }
        svg.Append("</svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    private static string Hsl(int hue, int saturation, int lightness) =>
        string.Create(CultureInfo.InvariantCulture, $"hsl({hue},{saturation}%,{lightness}%)");
}
