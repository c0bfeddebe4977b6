using System.Globalization;
using System.Text;

namespace WebSight.Core.Rendering;

/// <summary>
/// A compact SVG document being drawn: shapes in the image's own pixel space, or in a 100×100 "subject box" scaled
/// into it. Numbers are written with at most one decimal, so a picture stays a few kilobytes.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _svg = new(2048);

    public SvgCanvas(int width, int height)
    {
        Width = width;
        Height = height;
        _svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
        );
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A number as SVG wants it: invariant, one decimal at most.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    public static string Hsl(double hue, double saturation, double lightness) =>
        $"hsl({N((hue % 360 + 360) % 360)},{N(saturation)}%,{N(lightness)}%)";

    public SvgCanvas Raw(string markup)
    {
        _svg.Append(markup);
        return this;
    }

    public SvgCanvas Fill(string colour) => Rect(0, 0, Width, Height, colour);

    public SvgCanvas Rect(double x, double y, double width, double height, string fill, double radius = 0) =>
        Raw(
            $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\""
                + (radius > 0 ? $" rx=\"{N(radius)}\"" : "")
                + $" fill=\"{fill}\"/>"
        );

    public SvgCanvas Circle(double cx, double cy, double r, string fill) =>
        Raw($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\"/>");

    public SvgCanvas Ellipse(double cx, double cy, double rx, double ry, string fill) =>
        Raw($"<ellipse cx=\"{N(cx)}\" cy=\"{N(cy)}\" rx=\"{N(rx)}\" ry=\"{N(ry)}\" fill=\"{fill}\"/>");

    public SvgCanvas Path(string d, string fill) => Raw($"<path d=\"{d}\" fill=\"{fill}\"/>");

    /// <summary>An unfilled line along <paramref name="d"/>, round at its ends.</summary>
    public SvgCanvas Stroke(string d, string colour, double width) =>
        Raw(
            $"<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(width)}\" stroke-linecap=\"round\"/>"
        );

    public SvgCanvas Polygon(string fill, params (double X, double Y)[] points) =>
        Raw($"<polygon points=\"{string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))}\" fill=\"{fill}\"/>");

    /// <summary>
    /// Starts drawing in a 100×100 box scaled to the shorter side, centred across; <paramref name="bottom"/> puts it
    /// on the bottom edge (a person's shoulders), otherwise it is centred down too. Close with <see cref="End"/>.
    /// </summary>
    public SvgCanvas SubjectBox(bool bottom = false, double share = 1)
    {
        var scale = Math.Min(Width, Height) * share / 100;
        var x = (Width - 100 * scale) / 2;
        var y = bottom ? Height - 100 * scale : (Height - 100 * scale) / 2;
        return Raw(
            $"<g transform=\"translate({N(x)} {N(y)}) scale({scale.ToString("0.###", CultureInfo.InvariantCulture)})\">"
        );
    }

    /// <summary>A tile pattern of one window (or plank, or tile) per cell, for filling a facade or a floor.</summary>
    public SvgCanvas Pattern(string id, double x, double y, double cellWidth, double cellHeight, string cell) =>
        Raw(
            $"<defs><pattern id=\"{id}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(cellWidth)}\" height=\"{N(cellHeight)}\" patternUnits=\"userSpaceOnUse\">{cell}</pattern></defs>"
        );

    public SvgCanvas End() => Raw("</g>");

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_svg.Append("</svg>").ToString());
}
