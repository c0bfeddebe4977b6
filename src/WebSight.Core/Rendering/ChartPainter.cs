using System.Text;

namespace WebSight.Core.Rendering;

/// <summary>A chart on a light panel: bars, a line over a shaded area, or a pie (a donut when drawn hollow).</summary>
internal static class ChartPainter
{
    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        var (w, h) = (svg.Width, svg.Height);
        var hue = rng.Next(360);
        svg.Fill("#fbfcfd");
        var kind =
            keyword.Words.Contains("pie") ? 2
            : keyword.Words.Contains("line") ? 1
            : rng.Next(3);
        if (kind == 2)
        {
            Pie(svg, rng, hue);
            return;
        }
        var (left, top, right, bottom) = (w * 0.1, h * 0.1, w * 0.95, h * 0.88);
        var grid = new StringBuilder();
        for (var i = 0; i <= 4; i++)
            grid.Append($"M{SvgCanvas.N(left)} {SvgCanvas.N(top + (bottom - top) * i / 4)}H{SvgCanvas.N(right)}");
        svg.Stroke(grid.ToString(), "#e3e7ee", Math.Max(1, h * 0.004));
        svg.Stroke(
            $"M{SvgCanvas.N(left)} {SvgCanvas.N(top)}V{SvgCanvas.N(bottom)}H{SvgCanvas.N(right)}",
            "#8a94a6",
            Math.Max(1, h * 0.006)
        );
        var count = 5 + rng.Next(5);
        var values = Enumerable.Range(0, count).Select(_ => 0.15 + rng.NextDouble() * 0.8).ToArray();
        var step = (right - left) / count;
        if (kind == 0)
        {
            for (var i = 0; i < count; i++)
            {
                var barHeight = (bottom - top) * values[i];
                svg.Rect(
                    left + step * (i + 0.2),
                    bottom - barHeight,
                    step * 0.6,
                    barHeight,
                    SvgCanvas.Hsl(hue + (i % 2) * 20, 65, 50 + (i % 2) * 10),
                    step * 0.08
                );
            }
            return;
        }
        var line = string.Join(
            "L",
            values.Select(
                (v, i) => $"{SvgCanvas.N(left + step * (i + 0.5))} {SvgCanvas.N(bottom - (bottom - top) * v)}"
            )
        );
        svg.Path(
            $"M{SvgCanvas.N(left + step * 0.5)} {SvgCanvas.N(bottom)}L{line}L{SvgCanvas.N(left + step * (count - 0.5))} {SvgCanvas.N(bottom)}Z",
            SvgCanvas.Hsl(hue, 65, 78)
        );
        svg.Stroke("M" + line, SvgCanvas.Hsl(hue, 70, 40), Math.Max(2, h * 0.015));
    }

    private static void Pie(SvgCanvas svg, Random rng, int hue)
    {
        var (cx, cy) = (svg.Width / 2.0, svg.Height / 2.0);
        var radius = Math.Min(svg.Width, svg.Height) * 0.38;
        var shares = Enumerable.Range(0, 3 + rng.Next(3)).Select(_ => 0.3 + rng.NextDouble()).ToArray();
        var total = shares.Sum();
        var angle = -Math.PI / 2;
        for (var i = 0; i < shares.Length; i++)
        {
            var sweep = Math.PI * 2 * shares[i] / total;
            var (x0, y0) = (cx + Math.Cos(angle) * radius, cy + Math.Sin(angle) * radius);
            angle += sweep;
            var (x1, y1) = (cx + Math.Cos(angle) * radius, cy + Math.Sin(angle) * radius);
            var large = sweep > Math.PI ? 1 : 0;
            svg.Path(
                $"M{SvgCanvas.N(cx)} {SvgCanvas.N(cy)}L{SvgCanvas.N(x0)} {SvgCanvas.N(y0)}A{SvgCanvas.N(radius)} {SvgCanvas.N(radius)} 0 {large} 1 {SvgCanvas.N(x1)} {SvgCanvas.N(y1)}Z",
                SvgCanvas.Hsl(hue + i * 360.0 / shares.Length, 60, 55)
            );
        }
        if (rng.Next(2) == 0)
            svg.Circle(cx, cy, radius * 0.55, "#fbfcfd");
    }
}
