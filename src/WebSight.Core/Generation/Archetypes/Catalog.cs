using System.Globalization;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Shop pieces: product cards, star ratings, the grid the shop and product pages share.</summary>
internal static class Catalog
{
    public static void Stars(Markup m, PageContext page, int filled)
    {
        m.Open("div", "flex items-center text-yellow-400");
        for (var i = 0; i < 5; i++)
            m.Icon(Icons.Star, i < filled ? "w-4 h-4" : "w-4 h-4 text-gray-300");
        m.Text(
            "span",
            $"{page.S("ml", 1, 3)} text-xs {page.C.Muted}",
            page.F("{0} reviews", page.Next(3, 480).ToString(CultureInfo.InvariantCulture))
        );
        m.Close();
    }

    public static void ProductCard(Markup m, PageContext page, bool withCart)
    {
        var t = page.T;
        var name = page.Write.ProductName();
        var tall = t.Anatomy.Media == 1; // one image height per page, so a grid row lines up
        m.Open(
            page.T.Anatomy.CardTag,
            $"group {page.C.Card} {t.Radius} {(t.CardEdge.Length > 0 ? "border " + page.C.Border : t.Shadow)} overflow-hidden"
        );
        var picture = t.States.Picture;
        m.Image(
            page.Image(400, tall ? 500 : 400, "product", name),
            name,
            $"w-full {(tall ? page.H(52, 64) : page.H(40, 48))} object-cover{(picture.Length > 0 ? " " + picture : "")}"
        );
        m.Open("div", page.Pick(["p-4", "p-3", "p-5"]));
        m.Text("h3", $"text-sm font-semibold {page.C.Heading} truncate", name);
        m.Open("div", "mt-1 flex items-center justify-between");
        var badge = page.Chance(0.4) ? page.Rng.Next(4) : -1;
        var price = $"font-bold {page.C.PrimaryText}{(t.States.Numerals.Length > 0 ? " " + t.States.Numerals : "")}";
        if (badge == 1)
            // A sale shows the old price struck through beside the new one.
            m.Open("p", price)
                .Raw(Markup.Escape(page.Write.Price(8, 120)))
                .Text("span", $"ml-1 text-xs font-normal line-through {page.C.Muted}", page.Write.Price(121, 240))
                .Close();
        else
            m.Text("p", price, page.Write.Price(8, 240));
        if (badge >= 0)
            m.Text(
                "span",
                page.T.Badge,
                badge switch
                {
                    0 => page.L("New"),
                    1 => page.L("Sale"),
                    2 => page.L("Popular"),
                    _ => page.L("Limited"),
                }
            );
        m.Close();
        if (withCart)
            m.Text(
                "button",
                $"{page.S("mt", 2, 4)} w-full {page.S("py", 1, 3)} text-sm font-semibold {t.ButtonRadius} {page.C.PrimaryBg} {page.C.PrimaryHover}",
                page.L("Add to cart"),
                "type=\"button\""
            );
        m.Close().Close();
    }

    public static Section Related(PageContext page, string title)
    {
        var t = page.T;
        var m = new Markup();
        var count = page.Next(3, 4);
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {t.SectionY}");
        m.Open("div", t.Container);
        m.Text("h2", t.H2 + " mb-6", title);
        m.Open("div", t.Grid(count));
        for (var i = 0; i < count; i++)
            ProductCard(m, page, false);
        m.Close().Close().Close();
        return new Section($"products/related-{count}", m.Take(), true);
    }
}
