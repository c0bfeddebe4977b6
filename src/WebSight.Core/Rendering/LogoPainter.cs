namespace WebSight.Core.Rendering;

/// <summary>A brand mark of simple geometry (no letters) in one or two colours on a plain ground.</summary>
internal static class LogoPainter
{
    public static void Draw(SvgCanvas svg, Random rng)
    {
        var hue = rng.Next(360);
        var dark = rng.Next(4) == 0;
        svg.Fill(dark ? SvgCanvas.Hsl(hue, 30, 16) : SvgCanvas.Hsl(hue, 20, 96));
        var main = SvgCanvas.Hsl(hue, 60 + rng.Next(30), dark ? 62 : 45);
        var second = SvgCanvas.Hsl(hue + 150 + rng.Next(60), 65, 55);
        svg.SubjectBox(share: 0.7);
        switch (rng.Next(6))
        {
            case 0: // ring and dot
                svg.Circle(50, 50, 40, main)
                    .Circle(50, 50, 28, dark ? SvgCanvas.Hsl(hue, 30, 16) : "#ffffff")
                    .Circle(50, 50, 14, second);
                break;
            case 1: // hexagon with a triangle
                svg.Polygon(main, (50, 8), (86, 29), (86, 71), (50, 92), (14, 71), (14, 29));
                svg.Polygon(second, (50, 30), (70, 66), (30, 66));
                break;
            case 2: // three overlapping circles
                svg.Raw("<g fill-opacity=\".75\">").Circle(36, 40, 24, main).Circle(64, 40, 24, second);
                svg.Circle(50, 64, 24, SvgCanvas.Hsl(hue + 60, 65, 55)).Raw("</g>");
                break;
            case 3: // rounded square with a leaf cut
                svg.Rect(10, 10, 80, 80, main, 20).Path("M30 70Q30 30 70 30Q70 70 30 70Z", "#ffffff");
                break;
            case 4: // stacked chevrons
                svg.Stroke("M20 40L50 20L80 40M20 62L50 42L80 62M20 84L50 64L80 84", main, 9);
                break;
            default: // eight-pointed star
                svg.Polygon(main, Star(8, 44, 20));
                svg.Circle(50, 50, 10, second);
                break;
        }
        svg.End();
    }

    private static (double X, double Y)[] Star(int points, double outer, double inner) =>
        [
            .. Enumerable
                .Range(0, points * 2)
                .Select(i =>
                {
                    var radius = i % 2 == 0 ? outer : inner;
                    var angle = Math.PI * i / points - Math.PI / 2;
                    return (50 + Math.Cos(angle) * radius, 50 + Math.Sin(angle) * radius);
                }),
        ];
}
