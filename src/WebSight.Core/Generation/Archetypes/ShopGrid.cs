using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A category of a shop: filters in a sidebar or as chips, a grid of product cards, pagination.</summary>
internal sealed class ShopGrid : IArchetype
{
    public string Name => "shop";

    public string Description => "an online shop category page";

    public bool Fits(CategoryTraits traits) => traits.SellsOnline;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var sections = new List<Section> { Chrome.Header(page, page.L("Cart")) };
        if (page.Chance(0.4))
            sections.Add(Hero.Write(page, page.Write.Headline(), optional: true));
        sections.Add(Grid(page));
        sections.Add(Blocks.Features(page));
        sections.Add(Blocks.Subscribe(page));
        sections.Add(Chrome.Footer(page));
        return sections;
    }

    private static Section Grid(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var sidebar = page.Chance(0.6);
        var columns = sidebar ? page.Next(2, 3) : page.Next(3, 4);
        var count = columns * page.Next(1, 2);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        m.Open(
            "div",
            $"flex flex-wrap items-end justify-between {page.S("gap", 3, 5)} {page.S("mb", 5, 8)} {page.S("pb", 3, 5)} border-b {c.Border}"
        );
        m.Open("div")
            .Text("h1", t.H2, page.Pick(page.Nav))
            .Text(
                "p",
                t.Small,
                page.F(
                    "{0} products",
                    (count + page.Next(10, 90)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
            )
            .Close();
        m.Open("select", t.Input.Replace("w-full", "w-auto"));
        foreach (var order in new[] { page.L("Most popular"), page.L("Newest"), page.L("Price: low to high") })
            m.Text("option", "", order);
        m.Close().Close();
        var split = page.Sidebar(t.Bp);
        m.Open("div", sidebar ? $"{split.Grid} {t.Gap}" : "");
        if (sidebar)
            Filters(m, page);
        else
        {
            m.Open("div", "flex flex-wrap gap-2 mb-6");
            foreach (var keyword in page.Category.Keywords.Take(5))
                m.Text(
                    "a",
                    $"{page.S("px", 2, 4)} {page.S("py", 1, 2)} text-sm {t.ButtonRadius} border {c.Border}",
                    keyword,
                    "href=\"#\""
                );
            m.Close();
        }
        m.Open("div", sidebar ? $"{split.Main} {t.Grid(columns)}" : t.Grid(columns));
        var withCart = page.Chance(0.7);
        for (var i = 0; i < count; i++)
            Catalog.ProductCard(m, page, withCart);
        m.Close().Close();
        m.Open("div", $"{page.S("mt", 8, 12)} flex justify-center");
        Components.Pagination(m, page, "");
        m.Close().Close().Close();
        return new Section($"shop/{(sidebar ? "sidebar" : "chips")}-{columns}", m.Take(), false);
    }

    private static void Filters(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("aside", $"{page.Sidebar(page.T.Bp).Side} space-y-6".TrimStart());
        foreach (
            var group in new[]
            {
                page.L("Category"),
                page.Pick([page.L("Price"), page.L("Brand"), page.L("Availability")]),
            }
        )
        {
            m.Open("div");
            m.Text("h3", $"text-sm font-semibold {c.Heading} {page.S("mb", 1, 3)}", group);
            foreach (
                var option in group == page.L("Category")
                    ? page.Category.Keywords.Take(4).ToList()
                    : [page.L("Under $25"), page.L("$25 to $100"), page.L("Over $100")]
            )
                m.Open("label", $"flex items-center {page.S("gap", 1, 3)} text-sm {c.Text} {page.S("py", 1, 2)}")
                    .Void("input", "rounded", "type=\"checkbox\"")
                    .Raw(Markup.Escape(option))
                    .Close();
            m.Close();
        }
        m.Close();
    }
}
