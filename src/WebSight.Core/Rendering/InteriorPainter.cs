using System.Collections.Frozen;

namespace WebSight.Core.Rendering;

/// <summary>A room: wall and floor, a window or a picture, and its furniture (sofa, dining table, bed, kitchen).</summary>
internal static class InteriorPainter
{
    private enum Kind
    {
        Living,
        Dining,
        Bedroom,
        Kitchen,
    }

    private static readonly FrozenDictionary<string, Kind> Subjects = new Dictionary<string, Kind>
    {
        ["livingroom"] = Kind.Living,
        ["sofa"] = Kind.Living,
        ["lounge"] = Kind.Living,
        ["lobby"] = Kind.Living,
        ["meeting"] = Kind.Dining,
        ["desk"] = Kind.Dining,
        ["workspace"] = Kind.Dining,
        ["coworking"] = Kind.Dining,
        ["dining"] = Kind.Dining,
        ["bedroom"] = Kind.Bedroom,
        ["suite"] = Kind.Bedroom,
        ["kitchen"] = Kind.Kitchen,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        var (w, h) = (svg.Width, svg.Height);
        var floor = h * 0.7;
        svg.Fill(SvgCanvas.Hsl(rng.Next(360), 15 + rng.Next(25), 80 + rng.Next(12)));
        svg.Rect(0, floor, w, h - floor, SvgCanvas.Hsl(25 + rng.Next(15), 35 + rng.Next(20), 40 + rng.Next(25)));
        svg.Rect(0, floor - h * 0.015, w, h * 0.015, "#ffffffaa");
        var window = rng.Next(2) == 0;
        var (fx, fw) = (w * (0.08 + rng.NextDouble() * 0.5), Math.Min(w * 0.3, h * 0.4));
        svg.Rect(fx, h * 0.12, fw, h * 0.34, window ? "#f8f8f6" : "#2f2f2f");
        svg.Rect(
            fx + fw * 0.06,
            h * 0.14,
            fw * 0.88,
            h * 0.3,
            window ? "#a8d3ee" : SvgCanvas.Hsl(rng.Next(360), 45, 60)
        );
        if (window)
            svg.Rect(fx + fw * 0.48, h * 0.14, fw * 0.04, h * 0.3, "#f8f8f6");
        var s = Math.Min(w, h);
        var fabric = SvgCanvas.Hsl(rng.Next(360), 30 + rng.Next(40), 35 + rng.Next(30));
        var x = w * 0.5 - s * 0.35;
        switch (keyword.KindNamed(Subjects) ?? (Kind)rng.Next(4))
        {
            case Kind.Living:
                svg.Ellipse(w / 2.0, floor + (h - floor) * 0.55, s * 0.45, (h - floor) * 0.3, "#ffffff40");
                svg.Rect(x, floor - s * 0.3, s * 0.7, s * 0.18, fabric, s * 0.03)
                    .Rect(x, floor - s * 0.15, s * 0.7, s * 0.12, fabric, s * 0.02);
                svg.Rect(x - s * 0.04, floor - s * 0.2, s * 0.08, s * 0.2, fabric, s * 0.02)
                    .Rect(x + s * 0.66, floor - s * 0.2, s * 0.08, s * 0.2, fabric, s * 0.02);
                svg.Rect(x + s * 0.05, floor - s * 0.27, s * 0.14, s * 0.1, "#ffffff66", s * 0.02);
                Lamp(svg, x + s * 0.86, floor, s);
                break;
            case Kind.Dining:
                svg.Rect(x + s * 0.05, floor - s * 0.22, s * 0.6, s * 0.035, "#6b4a33")
                    .Rect(x + s * 0.1, floor - s * 0.19, s * 0.03, s * 0.19, "#6b4a33")
                    .Rect(x + s * 0.57, floor - s * 0.19, s * 0.03, s * 0.19, "#6b4a33");
                svg.Rect(x - s * 0.1, floor - s * 0.3, s * 0.03, s * 0.3, fabric)
                    .Rect(x - s * 0.1, floor - s * 0.12, s * 0.12, s * 0.03, fabric);
                svg.Rect(x + s * 0.77, floor - s * 0.3, s * 0.03, s * 0.3, fabric)
                    .Rect(x + s * 0.68, floor - s * 0.12, s * 0.12, s * 0.03, fabric);
                svg.Circle(x + s * 0.35, floor - s * 0.26, s * 0.035, "#3f8f4f")
                    .Rect(x + s * 0.33, floor - s * 0.25, s * 0.04, s * 0.03, "#f0f0ee");
                break;
            case Kind.Bedroom:
                svg.Rect(x, floor - s * 0.34, s * 0.7, s * 0.2, "#6b4a33", s * 0.02)
                    .Rect(x, floor - s * 0.16, s * 0.7, s * 0.12, "#f7f7f3");
                svg.Rect(x + s * 0.05, floor - s * 0.21, s * 0.18, s * 0.07, "#ffffff", s * 0.02)
                    .Rect(x + s * 0.28, floor - s * 0.15, s * 0.42, s * 0.11, fabric);
                svg.Rect(x + s * 0.72, floor - s * 0.1, s * 0.1, s * 0.1, "#8a6a4f");
                Lamp(svg, x + s * 0.77, floor - s * 0.1, s * 0.5);
                break;
            default:
                svg.Rect(0, floor - s * 0.22, w, s * 0.22, fabric).Rect(0, floor - s * 0.24, w, s * 0.025, "#e9e6df");
                svg.Pattern(
                    "k",
                    0,
                    floor - s * 0.2,
                    s * 0.16,
                    s * 0.2,
                    $"<rect x=\"{SvgCanvas.N(s * 0.07)}\" y=\"{SvgCanvas.N(s * 0.03)}\" width=\"{SvgCanvas.N(s * 0.02)}\" height=\"{SvgCanvas.N(s * 0.05)}\" fill=\"#d9d9d9\"/>"
                );
                svg.Rect(0, floor - s * 0.2, w, s * 0.2, "url(#k)");
                svg.Rect(w * 0.6, h * 0.05, w * 0.4, s * 0.18, fabric)
                    .Circle(x + s * 0.2, floor - s * 0.28, s * 0.04, "#3f8f4f");
                break;
        }
    }

    private static void Lamp(SvgCanvas svg, double x, double floor, double s)
    {
        svg.Rect(x - s * 0.005, floor - s * 0.4, s * 0.01, s * 0.4, "#333")
            .Rect(x - s * 0.05, floor - s * 0.01, s * 0.1, s * 0.01, "#333");
        svg.Polygon(
            "#f4e3b5",
            (x - s * 0.04, floor - s * 0.47),
            (x + s * 0.04, floor - s * 0.47),
            (x + s * 0.06, floor - s * 0.39),
            (x - s * 0.06, floor - s * 0.39)
        );
    }
}
