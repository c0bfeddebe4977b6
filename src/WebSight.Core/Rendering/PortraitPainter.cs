namespace WebSight.Core.Rendering;

/// <summary>A person from the chest up: head, neck and shoulders, with varied skin, hair, clothes and backdrop.</summary>
internal static class PortraitPainter
{
    private static readonly string[] Skins =
    [
        "#f6d7c3",
        "#eec1a2",
        "#e0ac8a",
        "#c68a63",
        "#a86b47",
        "#8a5636",
        "#6b3f27",
        "#f1c9a5",
    ];

    private static readonly string[] Hairs =
    [
        "#1f1a17",
        "#3b2a20",
        "#5a3b25",
        "#8a5a2b",
        "#c8a165",
        "#e3cf9a",
        "#9a9a9a",
        "#b5532f",
    ];

    private const string Ink = "#2b2320";

    public static void Draw(SvgCanvas svg, Random rng)
    {
        var hue = rng.Next(360);
        svg.Fill(SvgCanvas.Hsl(hue, 30 + rng.Next(30), 78 + rng.Next(12)));
        if (rng.Next(2) == 0)
            svg.Circle(
                svg.Width / 2.0,
                svg.Height * 0.45,
                Math.Min(svg.Width, svg.Height) * 0.42,
                SvgCanvas.Hsl(hue, 35, 90)
            );
        svg.SubjectBox(bottom: true, share: 0.95);
        var skin = Skins[rng.Next(Skins.Length)];
        var hair = Hairs[rng.Next(Hairs.Length)];
        var style = rng.Next(6);
        var rx = 13 + rng.NextDouble() * 3;
        var ry = 16.5 + rng.NextDouble() * 2.5;
        if (style is 1 or 4)
            LongHairBehind(svg, rx, hair);
        Body(svg, rng, skin);
        svg.Ellipse(50 - rx, 44, 2.5, 4, skin).Ellipse(50 + rx, 44, 2.5, 4, skin);
        svg.Ellipse(50, 42, rx, ry, skin);
        Hair(svg, style, rx, ry, hair);
        Face(svg, rng, rx, hair, style);
        svg.End();
    }

    private static void LongHairBehind(SvgCanvas svg, double rx, string hair)
    {
        var left = SvgCanvas.N(50 - rx - 4);
        var right = SvgCanvas.N(50 + rx + 4);
        svg.Path(
            $"M{left} 42Q{left} 19 50 19Q{right} 19 {right} 42L{SvgCanvas.N(54 + rx + 4)} 76H{SvgCanvas.N(46 - rx - 4)}Z",
            hair
        );
    }

    private static void Body(SvgCanvas svg, Random rng, string skin)
    {
        var clothes = SvgCanvas.Hsl(rng.Next(360), 25 + rng.Next(50), 22 + rng.Next(45));
        var shoulder = 40 + rng.NextDouble() * 6;
        var (l, r) = (SvgCanvas.N(50 - shoulder), SvgCanvas.N(50 + shoulder));
        svg.Rect(43.5, 54, 13, 18, skin);
        svg.Path(
            $"M{l} 100C{l} 80 {SvgCanvas.N(62 - shoulder)} 71 50 71C{SvgCanvas.N(38 + shoulder)} 71 {r} 80 {r} 100Z",
            clothes
        );
        switch (rng.Next(3))
        {
            case 0:
                svg.Polygon(skin, (43.5, 71), (50, 82), (56.5, 71));
                break;
            case 1:
                svg.Polygon("#f4f4f2", (41, 71), (50, 80), (46, 86), (38, 74))
                    .Polygon("#f4f4f2", (59, 71), (50, 80), (54, 86), (62, 74));
                break;
            default:
                svg.Ellipse(50, 71.5, 7.5, 3, SvgCanvas.Hsl(rng.Next(360), 20, 30));
                break;
        }
    }

    private static void Hair(SvgCanvas svg, int style, double rx, double ry, string hair)
    {
        var top = 42 - ry - 1.5;
        var (l, r) = (SvgCanvas.N(50 - rx - 1), SvgCanvas.N(50 + rx + 1));
        var cap = $"M{l} 42Q{l} {SvgCanvas.N(top)} 50 {SvgCanvas.N(top)}Q{r} {SvgCanvas.N(top)} {r} 42";
        switch (style)
        {
            case 0 or 1: // short, or long with a fringe
                svg.Path(cap + $"Q{SvgCanvas.N(50 + rx - 3)} 31 50 30Q{SvgCanvas.N(50 - rx + 3)} 31 {l} 42Z", hair);
                break;
            case 2: // a bun on top
                svg.Circle(50, top - 3, 7, hair);
                svg.Path(cap + $"Q50 28 {l} 42Z", hair);
                break;
            case 3: // curls
                for (var i = 0; i <= 6; i++)
                {
                    var angle = Math.PI * (1 + i / 6.0);
                    svg.Circle(50 + Math.Cos(angle) * (rx + 1), 38 + Math.Sin(angle) * (ry - 1), 6.5, hair);
                }
                break;
            case 4: // side part
                svg.Path(cap + $"Q{SvgCanvas.N(50 + rx - 4)} 28 44 29Q{SvgCanvas.N(50 - rx + 2)} 33 {l} 46Z", hair);
                break;
            default: // cropped close
                svg.Path(cap + $"Q50 {SvgCanvas.N(top + 6)} {l} 42Z", hair);
                break;
        }
    }

    private static void Face(SvgCanvas svg, Random rng, double rx, string hair, int style)
    {
        svg.Circle(45, 44, 1.4, Ink).Circle(55, 44, 1.4, Ink);
        svg.Stroke("M46 52.5Q50 55.5 54 52.5", Ink, 1.1);
        if (rng.Next(10) < 3)
        {
            var frame = rng.Next(2) == 0 ? Ink : SvgCanvas.Hsl(rng.Next(360), 50, 40);
            svg.Raw(
                $"<g fill=\"none\" stroke=\"{frame}\" stroke-width=\"1.2\"><circle cx=\"45\" cy=\"44\" r=\"4.2\"/><circle cx=\"55\" cy=\"44\" r=\"4.2\"/><path d=\"M49.2 44H50.8\"/></g>"
            );
        }
        else if (style is 0 or 5 && rng.Next(4) == 0)
        {
            var (l, r) = (SvgCanvas.N(50 - rx + 0.5), SvgCanvas.N(50 + rx - 0.5));
            svg.Path(
                $"M{l} 45Q{l} 62 50 62Q{r} 62 {r} 45Q{SvgCanvas.N(50 + rx - 3)} 55 50 55.5Q{SvgCanvas.N(50 - rx + 3)} 55 {l} 45Z",
                hair
            );
            svg.Stroke("M46 52.5Q50 54.5 54 52.5", "#f3e6dc", 1);
        }
    }
}
