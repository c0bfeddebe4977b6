using System.Collections.Frozen;

namespace WebSight.Core.Rendering;

/// <summary>One object on a plain backdrop and a table edge, chosen by the subject when it names one.</summary>
internal static class ProductPainter
{
    internal enum Kind
    {
        Bottle,
        Box,
        Shoe,
        Phone,
        Mug,
        Watch,
        Headphones,
        Book,
        Record,
        Bouquet,
        Garment,
        Seat,
        Bicycle,
        Screen,
    }

    /// <summary>Nouns of shop products and the object drawn for them; plurals fold to the singular.</summary>
    private static readonly FrozenDictionary<string, Kind> Subjects = Build(
        (
            Kind.Bottle,
            "bottle perfume cosmetics wine soap pinot chardonnay syrah riesling merlot sparkling beer ale lager stout cider oil serum"
        ),
        (Kind.Box, "box package gift hamper kit bundle food treat treats"),
        (Kind.Shoe, "shoe shoes sneaker sneakers boot boots trainer trainers"),
        (Kind.Phone, "phone smartphone mobile tablet"),
        (Kind.Mug, "mug cup tea coffee espresso"),
        (Kind.Watch, "watch clock jewelry jewellery ring necklace bracelet earring"),
        (Kind.Headphones, "headphones earbuds audio music speaker soundbar"),
        (Kind.Book, "book books hardback paperback novel journal notebook guide edition"),
        (Kind.Record, "vinyl lp 2xlp cd album record cassette pressing"),
        (Kind.Bouquet, "bouquet posy tulip tulips flower flowers orchid wreath arrangement bunch peony"),
        (Kind.Garment, "shirt tee jumper sweater dress trousers jeans raincoat coat jacket hoodie knitwear denim"),
        (Kind.Seat, "sofa armchair chair seat bed table desk mattress shelving furniture bench stool"),
        (Kind.Bicycle, "bike bicycle ebike e-bike cycle"),
        (Kind.Screen, "tv television laptop ultrabook monitor camera electronics doorbell")
    );

    private static FrozenDictionary<string, Kind> Build(params (Kind Kind, string Words)[] groups) =>
        groups
            .SelectMany(group => group.Words.Split(' ').Select(word => (word, group.Kind)))
            .ToFrozenDictionary(pair => pair.word, pair => pair.Kind, StringComparer.Ordinal);

    /// <summary>The object a keyword names, or null when it names none and the drawing picks one at random.</summary>
    public static Kind? KindNamed(ImageKeyword keyword) => keyword.KindNamed(Subjects);

    public static void Draw(SvgCanvas svg, Random rng, ImageKeyword keyword)
    {
        var hue = rng.Next(360);
        svg.Fill(SvgCanvas.Hsl(hue, 20 + rng.Next(25), 88 + rng.Next(7)));
        svg.Rect(0, svg.Height * 0.74, svg.Width, svg.Height * 0.26, SvgCanvas.Hsl(hue, 15, 80 + rng.Next(6)));
        svg.SubjectBox(share: 0.9);
        svg.Ellipse(50, 87, 28, 4, "#0000001f");
        var colour = SvgCanvas.Hsl(rng.Next(360), 45 + rng.Next(40), 35 + rng.Next(25));
        var kind = KindNamed(keyword) ?? (Kind)rng.Next(Enum.GetValues<Kind>().Length);
        switch (kind)
        {
            case Kind.Bottle:
                svg.Rect(44, 14, 12, 9, "#333", 1.5).Rect(45.5, 22, 9, 12, colour);
                svg.Path("M36 48Q36 34 45.5 33H54.5Q64 34 64 48V84Q64 88 60 88H40Q36 88 36 84Z", colour);
                svg.Rect(36, 56, 28, 17, "#fbfaf7").Rect(40, 61, 20, 2.5, colour).Rect(43, 66, 14, 2, "#bbb");
                break;
            case Kind.Box:
                svg.Polygon(colour, (24, 44), (62, 44), (62, 88), (24, 88));
                svg.Polygon("#ffffff55", (24, 44), (38, 32), (76, 32), (62, 44));
                svg.Polygon("#00000030", (62, 44), (76, 32), (76, 76), (62, 88));
                svg.Rect(40, 44, 6, 44, "#ffffffaa").Polygon("#ffffffaa", (40, 44), (54, 32), (60, 32), (46, 44));
                break;
            case Kind.Shoe:
                svg.Path("M14 78L17 58Q26 54 34 60L52 66Q72 66 84 72Q88 74 88 78Z", colour);
                svg.Path("M13 78H89V83Q89 86 86 86H16Q13 86 13 83Z", "#f7f7f5");
                svg.Stroke("M36 62L40 56M42 64L46 58M48 66L51 60", "#ffffff", 1.6);
                svg.Rect(13, 80, 76, 1.5, "#00000026");
                break;
            case Kind.Phone:
                svg.Rect(35, 12, 30, 76, "#1d1d1f", 6).Rect(38, 18, 24, 64, colour, 2.5);
                svg.Circle(50, 15, 1.2, "#555").Rect(41, 24, 18, 3, "#ffffff99").Rect(41, 30, 12, 2, "#ffffff66");
                svg.Rect(41, 58, 8, 8, "#ffffff66", 2).Rect(51, 58, 8, 8, "#ffffff66", 2);
                break;
            case Kind.Mug:
                svg.Stroke("M64 52Q77 52 77 63Q77 74 64 74", colour, 5);
                svg.Path("M30 42H66V80Q66 88 58 88H38Q30 88 30 80Z", colour).Ellipse(48, 42, 18, 3.5, "#00000033");
                svg.Stroke("M42 34Q39 29 43 24M52 34Q49 29 53 24", "#00000026", 1.8);
                break;
            case Kind.Watch:
                svg.Rect(42, 10, 16, 80, "#3a2d24", 5).Circle(50, 50, 18, "#c9c9c9").Circle(50, 50, 15, "#fdfdfb");
                svg.Stroke("M50 50V40M50 50L57 54", "#222", 1.6).Circle(50, 50, 1.4, colour);
                break;
            case Kind.Book:
                ShopObjects.Book(svg, colour);
                break;
            case Kind.Record:
                ShopObjects.Record(svg, colour);
                break;
            case Kind.Bouquet:
                ShopObjects.Bouquet(svg, rng, colour);
                break;
            case Kind.Garment:
                ShopObjects.Garment(svg, colour);
                break;
            case Kind.Seat:
                ShopObjects.Seat(svg, colour);
                break;
            case Kind.Bicycle:
                ShopObjects.Bicycle(svg, colour);
                break;
            case Kind.Screen:
                ShopObjects.Screen(svg, colour);
                break;
            default:
                svg.Stroke("M28 60Q28 20 50 20Q72 20 72 60", "#333", 5);
                svg.Rect(21, 52, 14, 26, colour, 6).Rect(65, 52, 14, 26, colour, 6);
                svg.Rect(29, 56, 5, 18, "#222", 2).Rect(66, 56, 5, 18, "#222", 2);
                break;
        }
        svg.End();
    }
}
