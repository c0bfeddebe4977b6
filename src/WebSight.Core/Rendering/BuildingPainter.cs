using System.Collections.Frozen;

namespace WebSight.Core.Rendering;

/// <summary>Facades against the sky: a house with a gable roof, an office tower, or a street of town houses.</summary>
internal static class BuildingPainter
{
    private enum Kind
    {
        House,
        Tower,
        Street,
    }

    private static readonly FrozenDictionary<string, Kind> Subjects = new Dictionary<string, Kind>
    {
        ["house"] = Kind.House,
        ["home"] = Kind.House,
        ["cabin"] = Kind.House,
        ["villa"] = Kind.House,
        ["property"] = Kind.House,
        ["barn"] = Kind.House,
        ["office"] = Kind.Tower,
        ["tower"] = Kind.Tower,
        ["skyscraper"] = Kind.Tower,
        ["hotel"] = Kind.Tower,
        ["hospital"] = Kind.Tower,
        ["bank"] = Kind.Tower,
        ["apartment"] = Kind.Street,
        ["store"] = Kind.Street,
        ["shop"] = Kind.Street,
        ["storefront"] = Kind.Street,
        ["neighborhood"] = Kind.Street,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Walls =
    [
        "#e8d8c3",
        "#c96f4a",
        "#f2efe8",
        "#9fb4c7",
        "#d9b44a",
        "#7c8b7a",
        "#b55d5d",
    ];

    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        var (w, h) = (svg.Width, svg.Height);
        svg.Fill(SvgCanvas.Hsl(195 + rng.Next(25), 60, 78 + rng.Next(10)));
        svg.Circle(w * (0.1 + rng.NextDouble() * 0.8), h * 0.15, Math.Min(w, h) * 0.06, "#fff6d5");
        var ground = h * 0.86;
        svg.Rect(0, ground, w, h - ground, rng.Next(2) == 0 ? "#8fb573" : "#a7a7a2");
        switch (keyword.KindNamed(Subjects) ?? (Kind)rng.Next(3))
        {
            case Kind.House:
                House(svg, rng, ground);
                break;
            case Kind.Tower:
                Towers(svg, rng, ground);
                break;
            default:
                Street(svg, rng, ground);
                break;
        }
    }

    private static void House(SvgCanvas svg, Random rng, double ground)
    {
        var s = Math.Min(svg.Width, svg.Height);
        var (width, height) = (s * 0.62, s * 0.36);
        var (x, top) = ((svg.Width - width) / 2, ground - height);
        var wall = Walls[rng.Next(Walls.Length)];
        svg.Rect(x + width * 0.68, top - height * 0.55, width * 0.09, height * 0.5, "#7a4b3a");
        svg.Polygon(
            SvgCanvas.Hsl(rng.Next(40), 45, 32),
            (x - s * 0.04, top),
            (svg.Width / 2.0, top - height * 0.62),
            (x + width + s * 0.04, top)
        );
        svg.Rect(x, top, width, height, wall);
        svg.Rect(svg.Width / 2.0 - width * 0.08, ground - height * 0.55, width * 0.16, height * 0.55, "#5b3a29");
        foreach (var wx in new[] { x + width * 0.12, x + width * 0.66 })
        {
            svg.Rect(wx, top + height * 0.22, width * 0.22, height * 0.34, "#f6f2e7");
            svg.Rect(wx + width * 0.015, top + height * 0.24, width * 0.19, height * 0.3, "#8fc1e3");
            svg.Rect(wx + width * 0.1, top + height * 0.22, width * 0.02, height * 0.34, "#f6f2e7");
        }
    }

    private static void Towers(SvgCanvas svg, Random rng, double ground)
    {
        var count = 1 + rng.Next(3);
        var slot = svg.Width / (count + 0.6);
        for (var i = 0; i < count; i++)
        {
            var width = slot * (0.6 + rng.NextDouble() * 0.25);
            var height = ground * (0.55 + rng.NextDouble() * 0.35);
            var x = slot * (i + 0.3) + (slot - width) / 2;
            var top = ground - height;
            var cell = Math.Max(8, width / (4 + rng.Next(3)));
            svg.Rect(x, top, width, height, SvgCanvas.Hsl(200 + rng.Next(40), 10 + rng.Next(20), 35 + rng.Next(30)));
            svg.Pattern(
                $"t{i}",
                x,
                top + cell * 0.4,
                cell,
                cell * 0.9,
                $"<rect x=\"{SvgCanvas.N(cell * 0.2)}\" width=\"{SvgCanvas.N(cell * 0.6)}\" height=\"{SvgCanvas.N(cell * 0.55)}\" fill=\"#cfe6f5\"/>"
            );
            svg.Rect(x, top + cell * 0.4, width, height - cell * 1.2, $"url(#t{i})");
            svg.Rect(x + width * 0.3, top - cell * 0.5, width * 0.4, cell * 0.5, "#555b63");
        }
    }

    private static void Street(SvgCanvas svg, Random rng, double ground)
    {
        var count = 3 + rng.Next(3);
        var width = svg.Width / (double)count;
        for (var i = 0; i < count; i++)
        {
            var x = i * width;
            var height = ground * (0.4 + rng.NextDouble() * 0.3);
            var top = ground - height;
            var wall = Walls[rng.Next(Walls.Length)];
            if (rng.Next(2) == 0)
                svg.Polygon(
                    SvgCanvas.Hsl(rng.Next(30), 35, 30),
                    (x, top),
                    (x + width / 2, top - width * 0.35),
                    (x + width, top)
                );
            svg.Rect(x, top, width, height, wall).Rect(x, top, width, height * 0.04, "#00000022");
            var cell = width / 3;
            svg.Pattern(
                $"s{i}",
                x,
                top + cell * 0.5,
                cell,
                cell * 1.1,
                $"<rect x=\"{SvgCanvas.N(cell * 0.25)}\" width=\"{SvgCanvas.N(cell * 0.5)}\" height=\"{SvgCanvas.N(cell * 0.7)}\" fill=\"#33445a\"/>"
            );
            svg.Rect(x, top + cell * 0.5, width, Math.Max(0, height - cell * 2.2), $"url(#s{i})");
            svg.Rect(x + width * 0.38, ground - cell * 1.3, width * 0.24, cell * 1.3, "#4a3428");
        }
    }
}
