using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>One product: pictures beside name, price, options and the cart button, then details and related items.</summary>
internal sealed class ProductDetail : IArchetype
{
    private static readonly string[][] Options =
    [
        ["S", "M", "L", "XL"],
        ["Small", "Large"],
        ["Single", "Pack of 3", "Gift box"],
    ];

    public string Name => "product";

    public string Description => "a product page";

    public bool Fits(CategoryTraits traits) => traits.SellsOnline;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [
            Chrome.Header(
                page,
                page.F("Cart ({0})", page.Next(0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture))
            ),
            Product(page),
            Details(page),
            Catalog.Related(
                page,
                page.Pick([page.L("You may also like"), page.L("Customers also bought"), page.L("More from the shop")])
            ),
            Blocks.Testimonials(page),
            Chrome.Footer(page),
        ];

    private static Section Product(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var name = page.Write.ProductName();
        // No strip, or a row of two to four: a strip of one is a full-width sliver of the same picture.
        var thumbs = page.Chance(0.2) ? 0 : page.Next(2, 4);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        Components.Breadcrumbs(m, page, [page.L("Home"), page.Pick(page.Nav), name], page.S("mb", 5, 8));
        m.Open("div", $"grid {t.Bp}grid-cols-2 {t.Gap}");
        m.Open("div");
        m.Image(page.Image(640, 640, "product", name), name, $"w-full {page.H(80, 96)} object-cover {t.Radius}");
        if (thumbs > 0)
        {
            m.Open("div", $"{page.S("mt", 2, 4)} grid grid-cols-{thumbs} {page.S("gap", 2, 4)}");
            for (var i = 0; i < thumbs; i++)
                m.Image(
                    page.Image(160, 160, "product", name),
                    name,
                    $"w-full h-20 object-cover {t.Radius} border {c.Border}"
                );
            m.Close();
        }
        m.Close();
        m.Open("div");
        m.Text("h1", $"{t.Title} {t.HeadingWeight} {c.Heading}", name);
        Catalog.Stars(m, page, page.Next(3, 5));
        m.Text("p", $"{page.S("mt", 3, 5)} text-2xl font-bold {c.PrimaryText}", page.Write.Price(12, 400));
        m.Text("p", $"{page.S("mt", 3, 5)} {t.Para}", page.Write.Paragraph(2));
        m.Text(
            "p",
            $"{page.S("mt", 5, 8)} text-sm font-semibold {c.Heading}",
            page.Pick([page.L("Size"), page.L("Option"), page.L("Format"), page.L("Colour")])
        );
        m.Open("div", "mt-2 flex flex-wrap gap-2");
        foreach (var option in page.Pick(Options))
            m.Text(
                "button",
                $"{page.S("px", 3, 5)} {page.S("py", 1, 3)} text-sm border {c.Border} {t.ButtonRadius}",
                option.Length > 2 ? page.L(option) : option,
                "type=\"button\""
            );
        m.Close();
        m.Open("div", "mt-6 flex gap-3");
        m.Void("input", t.Input.Replace("w-full", "w-20"), "type=\"number\" value=\"1\" min=\"1\"");
        m.Text("button", t.Button + " flex-1", page.L("Add to cart"), "type=\"button\"");
        m.Close();
        m.Open("ul", "mt-6 space-y-2");
        foreach (var feature in page.Category.Features.Take(page.Next(2, 3)))
            m.Open("li", $"flex items-center {page.S("gap", 1, 3)} text-sm {c.Text}")
                .Icon(Icons.Check, $"w-4 h-4 {c.PrimaryText}")
                .Raw(Markup.Escape(feature.Title))
                .Close();
        m.Close().Close().Close().Close().Close();
        return new Section("product/split", m.Take(), false);
    }

    private static Section Details(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {page.S("pb", 10, 16)}");
        m.Open("div", $"{t.Container} grid {t.Bp}grid-cols-3 {t.Gap}");
        m.Open("div", $"{t.Bp}col-span-2");
        m.Text("h2", t.H3, page.L("Description"));
        m.Text("p", $"{page.S("mt", 1, 3)} {t.Para}", page.Write.Paragraph(3));
        m.Close();
        m.Open("dl", $"{t.Card} divide-y {page.T.Divide}");
        foreach (var label in new[] { "Material", "Made in", "Shipping", "Returns" })
            m.Open("div", "py-2 flex justify-between text-sm")
                .Text("dt", c.Muted, page.L(label))
                .Text(
                    "dd",
                    $"font-medium {c.Heading}",
                    label switch
                    {
                        "Made in" => page.Write.City(),
                        "Shipping" => page.F(
                            "{0} to {1} days",
                            page.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            page.Next(6, 9).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        ),
                        "Returns" => page.F(
                            "{0} days",
                            page.Next(14, 60).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        ),
                        _ => page.Write.Keyword(),
                    }
                )
                .Close();
        m.Close();
        if (page.Chance(0.5))
            RatingBars(m, page);
        m.Close().Close();
        return new Section("product/details", m.Take(), true);
    }

    /// <summary>How the reviews spread over one to five stars, as a bar per star count beside its share.</summary>
    private static void RatingBars(Markup m, PageContext page)
    {
        var t = page.T;
        var c = page.C;
        m.Open("div", $"{t.Bp}col-span-3 {t.Bp}w-2/3 lg:w-1/2");
        m.Text("h2", $"{t.H3} {page.S("mb", 2, 4)}", page.L("Reviews"));
        // Shares of one to four stars; five stars take the rest, as most shops' reviews do.
        int[] shares = [page.Next(1, 4), page.Next(1, 4), page.Next(3, 8), page.Next(10, 22)];
        for (var stars = 5; stars >= 1; stars--)
        {
            var share = stars == 5 ? 100 - shares.Sum() : shares[stars - 1];
            var count = stars.ToString(System.Globalization.CultureInfo.InvariantCulture);
            m.Open("div", $"flex items-center {page.S("gap", 2, 3)} {page.S("py", 0, 1)} text-sm {c.Text}");
            m.Text("span", "w-3 text-right tabular-nums", count);
            m.Icon(Icons.Star, "w-4 h-4 text-yellow-400 flex-shrink-0");
            Components.Bar(m, page, share, "flex-1");
            m.Text(
                "span",
                $"w-10 text-right {c.Muted} tabular-nums",
                share.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%"
            );
            m.Close();
        }
        m.Close();
    }
}
