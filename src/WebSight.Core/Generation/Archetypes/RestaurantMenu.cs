using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A menu: courses in one or two columns with dotted price leaders, a special, hours and address.</summary>
internal sealed class RestaurantMenu : IArchetype
{
    private static readonly string[] Courses =
    [
        "Starters",
        "Mains",
        "Sides",
        "Desserts",
        "Drinks",
        "Brunch",
        "Specials",
    ];

    public string Name => "menu";

    public string Description => "a menu page";

    public bool Fits(CategoryTraits traits) => traits.ServesFood;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page, page.L("Book a table")), Menu(page), Visit(page), Chrome.Footer(page)];

    private static Section Menu(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var twoColumns = page.Chance(0.6);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", $"{t.Container} {(twoColumns ? "" : "max-w-3xl")}".TrimEnd());
        m.Open("div", "text-center mb-10");
        m.Text(
            "h1",
            t.H1,
            page.Pick([
                page.L("Our menu"),
                page.L("Menu"),
                page.L("What we are serving"),
                page.F("The {0} menu", page.Name),
            ])
        );
        m.Text("p", $"{page.S("mt", 2, 4)} {c.Muted}", page.Write.Sentence());
        m.Close();
        m.Open("div", twoColumns ? $"grid {t.Bp}grid-cols-2 gap-x-12 gap-y-10" : "space-y-10");
        var leader = page.Pick([
            "border-b border-dotted",
            "border-b-2 border-dotted",
            "border-b border-dashed",
            "border-b",
        ]);
        var course = page.Pick([
            "uppercase tracking-wider",
            "uppercase tracking-widest text-center",
            $"italic border-b {c.Border.Split(' ')[0]} pb-2",
            "capitalize",
        ]);
        var price = $"font-semibold {c.Heading}{(t.States.Numerals.Length > 0 ? " " + t.States.Numerals : "")}";
        foreach (var name in Courses.OrderBy(_ => page.Rng.Next()).Take(page.Next(2, 4)))
        {
            m.Open("div");
            m.Text("h2", $"text-xl {t.HeadingWeight} {c.PrimaryText} {course} {page.S("mb", 3, 5)}", page.L(name));
            m.Open("ul", "space-y-4");
            for (var i = page.Next(3, 4); i > 0; i--)
                m.Open("li")
                    .Open("div", "flex items-baseline gap-2")
                    .Text("span", $"font-semibold {c.Heading}", page.Write.ProductName())
                    .Raw($"<span class=\"flex-1 {leader} {c.Border.Split(' ')[0]}\"></span>")
                    .Text("span", price, page.Write.Price(4, 38))
                    .Close()
                    .Text("p", t.Small, page.Write.Sentence())
                    .Close();
            m.Close().Close();
        }
        m.Close().Close().Close();
        return new Section($"menu/{(twoColumns ? "two" : "one")}-column", m.Take(), false);
    }

    private static Section Visit(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        m.Open(page.T.Anatomy.SectionTag, $"{c.Surface} {t.SectionY}");
        m.Open("div", $"{t.Container} grid {t.Bp}grid-cols-2 {t.Gap} items-center");
        m.Image(
            page.Image(700, 460, "interior", page.Name),
            page.Name,
            $"w-full {page.H(56, 72)} object-cover {t.Radius}"
        );
        m.Open("div");
        m.Text("h2", t.H2, page.L("Visit us"));
        m.Text(
            "p",
            $"{page.S("mt", 2, 4)} {t.Para}",
            $"{page.Write.Street()}, {page.Write.City()} · {page.Write.Phone()}"
        );
        m.Open("dl", "mt-4 grid grid-cols-2 gap-2 text-sm");
        foreach (var days in new[] { page.L("Mon – Thu"), page.L("Fri – Sat"), page.L("Sunday") })
            m.Text("dt", c.Muted, days)
                .Text("dd", $"font-medium {c.Heading}", $"{page.Next(7, 12)}:00 – {page.Next(20, 23)}:00");
        m.Close();
        m.Text("a", $"{page.S("mt", 5, 8)} {t.Button}", page.L("Reserve a table"), "href=\"#\"");
        m.Close().Close().Close();
        return new Section("menu/visit", m.Take(), true);
    }
}
