using System.Collections.Frozen;

namespace WebSight.Core.Rendering;

/// <summary>A dish seen from above (plate, bowl, pizza, coffee) or from the side (cake, bread), on a table.</summary>
internal static class FoodPainter
{
    private enum Kind
    {
        Plate,
        Bowl,
        Pizza,
        Coffee,
        Cake,
        Bread,
    }

    private static readonly FrozenDictionary<string, Kind> Subjects = new Dictionary<string, Kind>
    {
        ["pizza"] = Kind.Pizza,
        ["coffee"] = Kind.Coffee,
        ["latte"] = Kind.Coffee,
        ["espresso"] = Kind.Coffee,
        ["cafe"] = Kind.Coffee,
        ["barista"] = Kind.Coffee,
        ["tea"] = Kind.Coffee,
        ["cake"] = Kind.Cake,
        ["dessert"] = Kind.Cake,
        ["pastry"] = Kind.Cake,
        ["cupcake"] = Kind.Cake,
        ["bread"] = Kind.Bread,
        ["sourdough"] = Kind.Bread,
        ["bakery"] = Kind.Bread,
        ["baker"] = Kind.Bread,
        ["croissant"] = Kind.Bread,
        ["soup"] = Kind.Bowl,
        ["ramen"] = Kind.Bowl,
        ["noodles"] = Kind.Bowl,
        ["bowl"] = Kind.Bowl,
        ["breakfast"] = Kind.Bowl,
        ["salad"] = Kind.Plate,
        ["plate"] = Kind.Plate,
        ["steak"] = Kind.Plate,
        ["dinner"] = Kind.Plate,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Tables = ["#b98b5e", "#8d6444", "#e9e4da", "#4a4f55", "#d8c3a5", "#6d7d6a"];

    private static readonly string[] Toppings = ["#4f9a3a", "#d8402f", "#f2c94c", "#8b5a2b", "#f3efe4", "#7a3e9d"];

    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        svg.Fill(Tables[rng.Next(Tables.Length)]);
        if (rng.Next(2) == 0)
            svg.Rect(svg.Width * 0.62, -5, svg.Width * 0.3, svg.Height + 10, "#ffffff33");
        svg.SubjectBox(share: 0.92);
        switch (keyword.KindNamed(Subjects) ?? (Kind)rng.Next(Enum.GetValues<Kind>().Length))
        {
            case Kind.Plate:
                svg.Circle(50, 50, 42, "#e6e6e2").Circle(50, 50, 34, "#fbfbf9");
                Scatter(svg, rng, 50, 50, 20, 8 + rng.Next(4));
                break;
            case Kind.Bowl:
                svg.Circle(50, 50, 42, SvgCanvas.Hsl(rng.Next(360), 35, 55)).Circle(50, 50, 35, "#e3a455");
                svg.Ellipse(42, 44, 9, 7, "#fdfdf8").Circle(42, 44, 4, "#f2b705");
                Scatter(svg, rng, 55, 56, 16, 5);
                break;
            case Kind.Pizza:
                svg.Circle(50, 50, 43, "#d9a45b").Circle(50, 50, 37, "#c8432b").Circle(50, 50, 35, "#f3cd6b");
                for (var i = 0; i < 8; i++)
                    svg.Circle(
                        50 + Math.Cos(i * 0.8 + 0.3) * (12 + i % 3 * 8),
                        50 + Math.Sin(i * 0.8 + 0.3) * (12 + i % 3 * 8),
                        4.5,
                        "#a8281e"
                    );
                svg.Stroke("M50 13V87M13 50H87M24 24L76 76M76 24L24 76", "#00000022", 0.8);
                break;
            case Kind.Coffee:
                svg.Circle(50, 52, 38, "#f5f4f0").Circle(50, 52, 33, "#e8e6e0");
                svg.Rect(70, 46, 18, 9, "#fbfbf9", 4).Circle(50, 50, 24, "#fbfbf9").Circle(50, 50, 20, "#6f4327");
                svg.Path("M50 60C40 52 42 43 47 44Q50 45 50 48Q50 45 53 44C58 43 60 52 50 60Z", "#e9d2b4");
                break;
            case Kind.Cake:
                var sponge = rng.Next(2) == 0 ? "#f0d9a8" : "#6b3d2a";
                svg.Ellipse(50, 84, 42, 7, "#f7f7f5").Rect(18, 42, 64, 40, sponge).Rect(18, 58, 64, 5, "#fff6ea");
                svg.Ellipse(50, 42, 32, 7, SvgCanvas.Hsl(rng.Next(360), 55, 85))
                    .Rect(18, 40, 64, 6, SvgCanvas.Hsl(0, 0, 97));
                svg.Circle(36, 36, 3.5, "#c0182f").Circle(50, 34, 3.5, "#c0182f").Circle(64, 36, 3.5, "#3a2fa0");
                break;
            default:
                svg.Rect(8, 74, 84, 8, "#7a5230", 2).Path("M14 76Q14 38 50 38Q86 38 86 76Z", "#c47a34");
                svg.Stroke("M32 52L40 46M46 50L54 44M60 52L68 46", "#ecc48d", 2.5);
                break;
        }
        svg.End();
    }

    /// <summary>Leaves, slices and pieces heaped around a point.</summary>
    private static void Scatter(SvgCanvas svg, Random rng, double cx, double cy, double radius, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var angle = rng.NextDouble() * Math.PI * 2;
            var distance = rng.NextDouble() * radius;
            var (x, y) = (cx + Math.Cos(angle) * distance, cy + Math.Sin(angle) * distance);
            var colour = Toppings[rng.Next(Toppings.Length)];
            if (rng.Next(2) == 0)
                svg.Circle(x, y, 5 + rng.NextDouble() * 3, colour);
            else
                svg.Ellipse(x, y, 8 + rng.NextDouble() * 5, 4 + rng.NextDouble() * 3, colour);
        }
    }
}
