using System.Collections.Frozen;
using System.Text;

namespace WebSight.Core.Rendering;

/// <summary>Outdoor scenes: layered mountains, the sea, a forest, or a city skyline at dusk.</summary>
internal static class LandscapePainter
{
    private enum Kind
    {
        Mountains,
        Sea,
        Forest,
        City,
    }

    private static readonly FrozenDictionary<string, Kind> Subjects = new Dictionary<string, Kind>
    {
        ["mountain"] = Kind.Mountains,
        ["mountains"] = Kind.Mountains,
        ["hiking"] = Kind.Mountains,
        ["snow"] = Kind.Mountains,
        ["beach"] = Kind.Sea,
        ["sea"] = Kind.Sea,
        ["ocean"] = Kind.Sea,
        ["island"] = Kind.Sea,
        ["coast"] = Kind.Sea,
        ["water"] = Kind.Sea,
        ["lake"] = Kind.Sea,
        ["forest"] = Kind.Forest,
        ["trees"] = Kind.Forest,
        ["tree"] = Kind.Forest,
        ["camping"] = Kind.Forest,
        ["park"] = Kind.Forest,
        ["garden"] = Kind.Forest,
        ["city"] = Kind.City,
        ["street"] = Kind.City,
        ["skyline"] = Kind.City,
        ["urban"] = Kind.City,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        var hue = rng.Next(360);
        switch (keyword.KindNamed(Subjects) ?? (Kind)rng.Next(4))
        {
            case Kind.Mountains:
                Mountains(svg, rng, hue);
                break;
            case Kind.Sea:
                Sea(svg, rng);
                break;
            case Kind.Forest:
                Forest(svg, rng);
                break;
            default:
                City(svg, rng, hue);
                break;
        }
    }

    private static void Sky(SvgCanvas svg, string top, string bottom) =>
        svg.Raw(
                $"<defs><linearGradient id=\"g\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"{top}\"/><stop offset=\"1\" stop-color=\"{bottom}\"/></linearGradient></defs>"
            )
            .Fill("url(#g)");

    private static void Mountains(SvgCanvas svg, Random rng, int hue)
    {
        var (w, h) = (svg.Width, svg.Height);
        Sky(svg, SvgCanvas.Hsl(hue, 55, 78), SvgCanvas.Hsl(hue + 40, 45, 52));
        svg.Circle(
            w * (0.15 + rng.NextDouble() * 0.7),
            h * (0.15 + rng.NextDouble() * 0.25),
            Math.Min(w, h) * 0.09,
            SvgCanvas.Hsl(hue + 180, 70, 85)
        );
        for (var layer = 0; layer < 3; layer++)
            svg.Polygon(
                SvgCanvas.Hsl(hue + 20 * layer, 35, 40 - layer * 10),
                Ridge(rng, w, h, h * (0.55 + layer * 0.15), h * (0.3 - layer * 0.08), 4 + rng.Next(4))
            );
    }

    private static void Sea(SvgCanvas svg, Random rng)
    {
        var (w, h) = (svg.Width, svg.Height);
        var horizon = h * (0.45 + rng.NextDouble() * 0.15);
        Sky(svg, SvgCanvas.Hsl(200 + rng.Next(20), 70, 75), SvgCanvas.Hsl(30 + rng.Next(20), 80, 88));
        svg.Circle(w * (0.2 + rng.NextDouble() * 0.6), horizon - h * 0.08, Math.Min(w, h) * 0.08, "#fff3c4");
        svg.Rect(0, horizon, w, h - horizon, SvgCanvas.Hsl(195 + rng.Next(20), 65, 40 + rng.Next(12)));
        var waves = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            var (x, y) = (rng.NextDouble() * w * 0.8, horizon + (h - horizon) * (0.1 + i * 0.12));
            waves.Append($"M{SvgCanvas.N(x)} {SvgCanvas.N(y)}h{SvgCanvas.N(w * (0.08 + rng.NextDouble() * 0.12))}");
        }
        svg.Stroke(waves.ToString(), "#ffffff66", Math.Max(1.5, h * 0.008));
        if (rng.Next(2) == 0)
            svg.Path(
                $"M0 {SvgCanvas.N(h * 0.86)}Q{SvgCanvas.N(w * 0.5)} {SvgCanvas.N(h * 0.78)} {w} {SvgCanvas.N(h * 0.9)}V{h}H0Z",
                "#ecd9a8"
            );
    }

    private static void Forest(SvgCanvas svg, Random rng)
    {
        var (w, h) = (svg.Width, svg.Height);
        Sky(svg, SvgCanvas.Hsl(190 + rng.Next(30), 55, 80), "#eef6ea");
        svg.Polygon("#8fb98a", Ridge(rng, w, h, h * 0.55, h * 0.15, 3));
        for (var row = 0; row < 2; row++)
        {
            var baseY = h * (0.72 + row * 0.16);
            var size = Math.Min(w, h) * (0.16 + row * 0.06);
            var colour = SvgCanvas.Hsl(110 + rng.Next(40), 40, 32 - row * 10);
            for (var x = -size * rng.NextDouble(); x < w + size; x += size * (0.55 + rng.NextDouble() * 0.3))
            {
                var tall = size * (0.8 + rng.NextDouble() * 0.6);
                svg.Polygon(colour, (x - size * 0.35, baseY), (x, baseY - tall), (x + size * 0.35, baseY));
            }
        }
        svg.Rect(0, h * 0.86, w, h * 0.14, SvgCanvas.Hsl(95, 35, 30));
    }

    private static void City(SvgCanvas svg, Random rng, int hue)
    {
        var (w, h) = (svg.Width, svg.Height);
        Sky(svg, SvgCanvas.Hsl(230 + rng.Next(30), 45, 30), SvgCanvas.Hsl(20 + rng.Next(25), 80, 70));
        svg.Pattern("l", 0, 0, 12, 14, "<rect x=\"3\" y=\"3\" width=\"5\" height=\"6\" fill=\"#ffd98a\"/>");
        for (var layer = 0; layer < 2; layer++)
        {
            var colour = SvgCanvas.Hsl(hue % 60 + 220, 20, 28 - layer * 12);
            for (var x = -rng.NextDouble() * 30; x < w; )
            {
                var width = w * (0.05 + rng.NextDouble() * 0.08);
                var top = h * (0.3 + rng.NextDouble() * 0.4 + layer * 0.1);
                svg.Rect(x, top, width, h - top, colour);
                if (layer == 1 && rng.Next(3) > 0)
                    svg.Rect(x + 2, top + 6, width - 4, h - top - 6, "url(#l)");
                x += width + rng.NextDouble() * w * 0.02;
            }
        }
    }

    private static (double X, double Y)[] Ridge(Random rng, int w, int h, double baseline, double height, int steps)
    {
        var points = new List<(double, double)> { (0, h) };
        for (var i = 0; i <= steps; i++)
            points.Add((w * i / (double)steps, baseline - height * rng.NextDouble()));
        points.Add((w, h));
        return [.. points];
    }
}
