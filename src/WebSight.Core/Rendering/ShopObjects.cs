namespace WebSight.Core.Rendering;

/// <summary>
/// The shop objects of <see cref="ProductPainter"/> beyond its first seven, each a few shapes in the 100×100
/// subject box standing on the table line (y ≈ 88) so a shop's shelf shows its own goods.
/// </summary>
internal static class ShopObjects
{
    public static void Book(SvgCanvas svg, string colour)
    {
        svg.Rect(33, 20, 36, 68, "#efe8d8", 1.5).Rect(31, 18, 36, 68, colour, 1.5).Rect(31, 18, 5, 68, "#00000033");
        svg.Rect(41, 32, 20, 3, "#ffffffd9").Rect(43, 38, 16, 2, "#ffffff99").Circle(51, 58, 6, "#ffffff55");
    }

    public static void Record(SvgCanvas svg, string colour)
    {
        svg.Circle(60, 52, 24, "#141414")
            .Stroke(Ring(60, 52, 18), "#ffffff1f", 0.6)
            .Stroke(Ring(60, 52, 13), "#ffffff1f", 0.6);
        svg.Circle(60, 52, 7, colour).Circle(60, 52, 1.2, "#eeeeee");
        svg.Rect(18, 28, 48, 48, colour, 1).Rect(18, 28, 48, 48, "#00000014", 1).Circle(42, 52, 12, "#ffffff40");
        svg.Rect(24, 68, 22, 2.5, "#ffffffb3");
    }

    public static void Bouquet(SvgCanvas svg, Random rng, string colour)
    {
        svg.Stroke("M50 86L40 46M50 86L50 42M50 86L60 46M50 86L32 52M50 86L68 52", "#4d7c3a", 1.6);
        svg.Path("M30 50Q50 40 70 50L56 88H44Z", colour).Path("M30 50L44 88H40Z", "#00000022");
        string[] petals = [SvgCanvas.Hsl(rng.Next(360), 70, 70), SvgCanvas.Hsl(rng.Next(360), 65, 78), "#fbf7ef"];
        (double X, double Y)[] heads = [(40, 40), (50, 34), (60, 40), (33, 48), (67, 48), (45, 46), (56, 46)];
        for (var i = 0; i < heads.Length; i++)
        {
            var (x, y) = heads[i];
            svg.Circle(x, y, 6.5, petals[i % petals.Length]).Circle(x, y, 2, "#00000026");
        }
        svg.Ellipse(36, 56, 5, 2.2, "#4d7c3a").Ellipse(64, 56, 5, 2.2, "#4d7c3a");
    }

    public static void Garment(SvgCanvas svg, string colour)
    {
        svg.Path("M36 20L18 30L12 46L24 51L30 42V86H70V42L76 51L88 46L82 30L64 20Q57 28 50 28Q43 28 36 20Z", colour);
        svg.Stroke("M36 20Q43 28 50 28Q57 28 64 20", "#00000033", 1.6).Stroke("M30 42V60M70 42V60", "#00000022", 1);
    }

    public static void Seat(SvgCanvas svg, string colour)
    {
        svg.Rect(22, 30, 56, 34, colour, 6).Rect(22, 30, 56, 34, "#00000018", 6);
        svg.Rect(16, 52, 68, 20, colour, 5).Rect(26, 54, 23, 10, "#ffffff26", 3).Rect(51, 54, 23, 10, "#ffffff26", 3);
        svg.Rect(12, 44, 12, 30, colour, 5).Rect(76, 44, 12, 30, colour, 5).Rect(12, 44, 12, 30, "#0000001f", 5);
        svg.Rect(76, 44, 12, 30, "#0000001f", 5).Rect(18, 74, 3, 12, "#5b4636").Rect(79, 74, 3, 12, "#5b4636");
    }

    public static void Bicycle(SvgCanvas svg, string colour)
    {
        svg.Stroke(Ring(26, 70, 15), "#222", 3).Stroke(Ring(74, 70, 15), "#222", 3);
        svg.Stroke("M26 70L42 44H66L74 70M42 44L50 70L66 44M50 70L26 70M40 38H48M66 44L63 34H70", colour, 3);
        svg.Circle(50, 70, 3, "#333").Circle(26, 70, 1.5, "#555").Circle(74, 70, 1.5, "#555");
    }

    public static void Screen(SvgCanvas svg, string colour)
    {
        svg.Rect(12, 22, 76, 48, "#1b1b1f", 2.5).Rect(15, 25, 70, 42, colour, 1);
        svg.Path("M15 67L48 38L85 64V67Z", "#ffffff26").Circle(70, 36, 6, "#ffffff40");
        svg.Rect(46, 70, 8, 10, "#2c2c31").Rect(34, 80, 32, 4, "#2c2c31", 2);
    }

    /// <summary>A circle as a path, so it can be stroked (a wheel, a groove).</summary>
    private static string Ring(double cx, double cy, double r) =>
        $"M{SvgCanvas.N(cx - r)} {SvgCanvas.N(cy)}a{SvgCanvas.N(r)} {SvgCanvas.N(r)} 0 1 0 {SvgCanvas.N(2 * r)} 0a{SvgCanvas.N(r)} {SvgCanvas.N(r)} 0 1 0 {SvgCanvas.N(-2 * r)} 0";
}
