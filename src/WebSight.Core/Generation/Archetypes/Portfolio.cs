using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A studio's work: an introduction, filter chips, a gallery of projects in one of several grids.</summary>
internal sealed class Portfolio : IArchetype
{
    public string Name => "portfolio";

    public string Description => "a portfolio";

    public bool Fits(CategoryTraits traits) => traits.Creative;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page), Gallery(page), Blocks.Testimonials(page), Blocks.CallToAction(page), Chrome.Footer(page)];

    private static Section Gallery(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var columns = page.Next(2, 4);
        var captions = page.Chance(0.5);
        var tall = page.Chance(0.4); // one picture height per page, so overlaid captions sit on their pictures
        var purpose = page.Category.Slug switch
        {
            "photography-studio" or "wedding-planner" => "portrait",
            "art-gallery" or "museum" => "illustration",
            "landscaping" => "landscape",
            "construction-company" or "real-estate-agency" or "architecture-studio" => "building",
            "fashion-brand" or "florist" => "product",
            _ => "interior",
        };
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        m.Open("div", $"{t.Align} max-w-3xl {page.S("mb", 6, 10)}");
        m.Text(
            "h1",
            t.H1,
            page.Pick([
                page.L("Selected work"),
                page.L("Recent projects"),
                page.F("Work by {0}", page.Name),
                page.L("Portfolio"),
            ])
        );
        m.Text("p", $"{page.S("mt", 3, 5)} {t.Subtitle} {c.Muted}", page.Write.Paragraph(2));
        m.Close();
        var chips = page.Category.Keywords.Take(4).Prepend(page.L("All")).ToList();
        if (page.Chance(0.3))
            Components.Tabs(m, page, chips, page.S("mb", 6, 10));
        else
        {
            m.Open(
                "div",
                $"flex flex-wrap {page.S("gap", 1, 3)} {page.S("mb", 6, 10)} {(t.Centred ? "justify-center" : "")}".TrimEnd()
            );
            for (var i = 0; i < chips.Count; i++)
                m.Text(
                    "a",
                    $"{page.S("px", 3, 5)} py-1.5 text-sm {t.ButtonRadius} {(i == 0 ? c.PrimaryBg : "border " + c.Border)}",
                    chips[i],
                    "href=\"#\""
                );
            m.Close();
        }
        // Overlaid captions sit on a dark strip that deepens with the pointer, or on a gradient that fades upwards.
        var overlay = page.Rng.Next(2);
        var picture = t.States.Picture.Length > 0 ? " " + t.States.Picture : "";
        m.Open("div", t.Grid(columns));
        for (var i = 0; i < columns * 2; i++)
        {
            var subject = page.Pick(page.Category.Gallery);
            var caption = page.Write.Headline();
            m.Open("figure", captions ? "" : $"relative group overflow-hidden {t.Radius}");
            m.Image(
                page.Image(600, tall ? 760 : 480, purpose, subject.Keyword),
                caption,
                $"w-full {(tall ? page.H(72, 80) : page.H(48, 60))} object-cover {t.Radius}{(captions ? "" : picture)}"
            );
            if (captions)
                m.Open("figcaption", "mt-3")
                    .Text("p", $"font-semibold {c.Heading}", caption)
                    .Text("p", t.Small, $"{page.Write.City()}, {page.Next(2015, 2025)}")
                    .Close();
            else
                m.Text(
                    "figcaption",
                    overlay == 0
                        ? $"absolute bottom-0 inset-x-0 {page.S("p", 2, 4)} text-sm font-medium text-white bg-black bg-opacity-50 group-hover:bg-opacity-70 transition"
                        : $"absolute bottom-0 inset-x-0 {page.S("p", 2, 4)} {page.S("pt", 8, 16)} text-sm font-medium text-white bg-gradient-to-t from-{page.Pick(["black", "gray-900", c.Primary + "-900"])} to-transparent",
                    caption
                );
            m.Close();
        }
        m.Close().Close().Close();
        return new Section($"gallery/grid-{columns}", m.Take(), false);
    }
}
