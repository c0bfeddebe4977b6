using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using WebSight.Core.Generation;

namespace WebSight.Core.Rendering;

/// <summary>
/// Deterministic stand-ins for photos that depict what the image is for (a person, a product, a dish, a building,
/// a room, a landscape, a logo, an illustration, a chart), read from the keyword (<see cref="ImageKeyword"/>).
/// Colours, shapes and poses come from a hash of keyword and size: one URL, one picture; another variant, another.
/// SVG costs nothing to encode and scales to any size; Chromium never runs script inside an img SVG, and these
/// reference nothing outside themselves.
/// </summary>
internal static class PlaceholderImages
{
    public const string ContentType = "image/svg+xml";

    public static byte[] Render(ImageRequest request)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Keyword}|{request.Width}x{request.Height}"));
        var rng = new Random(BinaryPrimitives.ReadInt32LittleEndian(hash));
        var keyword = ImageKeyword.Parse(request.Keyword);
        var svg = new SvgCanvas(request.Width, request.Height);
        switch (keyword.Purpose)
        {
            case ImagePurpose.Portrait:
                PortraitPainter.Draw(svg, rng);
                break;
            case ImagePurpose.Product:
                ProductPainter.Draw(svg, rng, keyword);
                break;
            case ImagePurpose.Food:
                FoodPainter.Draw(svg, rng, keyword);
                break;
            case ImagePurpose.Building:
                BuildingPainter.Draw(svg, rng, keyword);
                break;
            case ImagePurpose.Interior:
                InteriorPainter.Draw(svg, rng, keyword);
                break;
            case ImagePurpose.Logo:
                LogoPainter.Draw(svg, rng);
                break;
            case ImagePurpose.Illustration:
                IllustrationPainter.Draw(svg, rng);
                break;
            case ImagePurpose.Chart:
                ChartPainter.Draw(svg, rng, keyword);
                break;
            default:
                LandscapePainter.Draw(svg, rng, keyword);
                break;
        }
        return svg.ToBytes();
    }
}
