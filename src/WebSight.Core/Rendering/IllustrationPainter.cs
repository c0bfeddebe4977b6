using System.Text;

namespace WebSight.Core.Rendering;

/// <summary>A flat abstract scene: a soft blob, a rounded horizon, floating cards, dots and a squiggle.</summary>
internal static class IllustrationPainter
{
    public static void Draw(SvgCanvas svg, Random rng)
    {
        var (w, h) = (svg.Width, svg.Height);
        var hue = rng.Next(360);
        svg.Fill(SvgCanvas.Hsl(hue, 45, 93));
        svg.Path(
            Blob(rng, w * (0.3 + rng.NextDouble() * 0.4), h * 0.45, Math.Min(w, h) * 0.38),
            SvgCanvas.Hsl(hue + 30, 60, 80)
        );
        svg.Path(
            $"M0 {SvgCanvas.N(h * 0.8)}Q{SvgCanvas.N(w * 0.3)} {SvgCanvas.N(h * 0.62)} {SvgCanvas.N(w * 0.6)} {SvgCanvas.N(h * 0.78)}T{w} {SvgCanvas.N(h * 0.74)}V{h}H0Z",
            SvgCanvas.Hsl(hue + 200, 45, 55)
        );
        var s = Math.Min(w, h);
        svg.Circle(w * (0.15 + rng.NextDouble() * 0.7), h * 0.22, s * 0.08, SvgCanvas.Hsl(hue + 90, 80, 62));
        for (var i = 0; i < 2 + rng.Next(2); i++)
        {
            var (x, y) = (w * (0.1 + rng.NextDouble() * 0.6), h * (0.3 + rng.NextDouble() * 0.3));
            svg.Rect(x, y, s * 0.34, s * 0.2, "#ffffff", s * 0.03)
                .Circle(x + s * 0.06, y + s * 0.06, s * 0.03, SvgCanvas.Hsl(hue + 120 * i, 60, 60));
            svg.Rect(x + s * 0.11, y + s * 0.045, s * 0.18, s * 0.03, "#d9dce3", s * 0.015)
                .Rect(x + s * 0.04, y + s * 0.12, s * 0.26, s * 0.025, "#e6e8ee", s * 0.012);
        }
        var dots = new StringBuilder("<g fill=\"").Append(SvgCanvas.Hsl(hue + 200, 40, 45)).Append("\">");
        var (dx, dy) = (w * rng.NextDouble() * 0.7, h * 0.08);
        for (var i = 0; i < 12; i++)
            dots.Append(
                $"<circle cx=\"{SvgCanvas.N(dx + i % 4 * s * 0.035)}\" cy=\"{SvgCanvas.N(dy + i / 4 * s * 0.035)}\" r=\"{SvgCanvas.N(s * 0.008)}\"/>"
            );
        svg.Raw(dots.Append("</g>").ToString());
        var y0 = h * (0.55 + rng.NextDouble() * 0.1);
        svg.Stroke(
            $"M{SvgCanvas.N(w * 0.6)} {SvgCanvas.N(y0)}q{SvgCanvas.N(s * 0.05)} {SvgCanvas.N(-s * 0.06)} {SvgCanvas.N(s * 0.1)} 0t{SvgCanvas.N(s * 0.1)} 0t{SvgCanvas.N(s * 0.1)} 0",
            SvgCanvas.Hsl(hue + 300, 60, 55),
            s * 0.015
        );
    }

    /// <summary>A closed, wobbly round shape through six points around a centre.</summary>
    private static string Blob(Random rng, double cx, double cy, double radius)
    {
        var points = Enumerable
            .Range(0, 6)
            .Select(i =>
            {
                var r = radius * (0.75 + rng.NextDouble() * 0.3);
                var angle = Math.PI * 2 * i / 6;
                return (X: cx + Math.Cos(angle) * r, Y: cy + Math.Sin(angle) * r);
            })
            .ToArray();
        var path = new StringBuilder();
        for (var i = 0; i < points.Length; i++)
        {
            var (a, b) = (points[i], points[(i + 1) % points.Length]);
            var mid = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
            if (i == 0)
                path.Append($"M{SvgCanvas.N(mid.Item1)} {SvgCanvas.N(mid.Item2)}");
            else
                path.Append(
                    $"Q{SvgCanvas.N(a.X)} {SvgCanvas.N(a.Y)} {SvgCanvas.N(mid.Item1)} {SvgCanvas.N(mid.Item2)}"
                );
        }
        var (first, second) = (points[0], points[1]);
        return path.Append(
                $"Q{SvgCanvas.N(first.X)} {SvgCanvas.N(first.Y)} {SvgCanvas.N((first.X + second.X) / 2)} {SvgCanvas.N((first.Y + second.Y) / 2)}Z"
            )
            .ToString();
    }
}
