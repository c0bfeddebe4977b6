using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Plans side by side with one highlighted, a billing switch, then a comparison table and questions.</summary>
internal sealed class Pricing : IArchetype
{
    public string Name => "pricing";

    public string Description => "a pricing page";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [
            Chrome.Header(page),
            Plans(page),
            Compare(page),
            Blocks.Faq(page),
            Blocks.CallToAction(page),
            Chrome.Footer(page),
        ];

    private static Section Plans(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var plans = page.Category.Plans.Take(4).ToList();
        var highlight = page.Rng.Next(plans.Count);
        // The plan to buy stands out from a breakpoint up: larger, raised, or taller than its neighbours.
        var raised = page.Pick([
            "",
            $"transform {t.Wide}scale-105 z-10",
            $"transform {t.Wide}-translate-y-3",
            $"{t.Wide}-mt-4",
        ]);
        var flag = page.Pick([
            "absolute -top-3 left-6",
            "absolute -top-3 left-1/2 transform -translate-x-1/2 whitespace-nowrap",
            "absolute top-0 right-0 -mt-3 mr-4",
        ]);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        m.Open("div", "text-center max-w-2xl mx-auto mb-10");
        m.Text(
            "h1",
            t.H1,
            page.Pick([
                page.L("Simple, honest pricing"),
                page.L("Plans for every need"),
                page.F("Choose your {0} plan", page.Write.Keyword()),
            ])
        );
        m.Text("p", $"{page.S("mt", 3, 5)} {t.Subtitle} {c.Muted}", page.Write.Sentence());
        m.Open("div", $"{page.S("mt", 5, 8)} inline-flex {page.S("p", 1, 2)} {t.ButtonRadius} {c.Surface} text-sm");
        m.Text("span", $"{page.S("px", 3, 5)} py-1.5 {t.ButtonRadius} {c.PrimaryBg}", page.L("Monthly"));
        m.Text("span", $"{page.S("px", 3, 5)} py-1.5 {c.Text}", $"Yearly (save {page.Next(10, 25)}%)");
        m.Close().Close();
        m.Open("div", $"{t.Grid(plans.Count)} items-start");
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var top = i == highlight;
            m.Open("div", top ? $"{t.Card} ring-2 ring-{c.Primary}-500 relative {raised}".TrimEnd() : t.Card);
            if (top)
                m.Text("span", $"{flag} {t.Badge}", page.L("Most popular"));
            m.Text("h2", $"text-lg font-semibold {c.Heading}", plan.Name);
            m.Open("p", "mt-3")
                .Text("span", $"text-4xl {t.HeadingWeight} {c.Heading}", plan.Price)
                .Text("span", c.Muted, " " + plan.Period)
                .Close();
            m.Text("p", $"{page.S("mt", 1, 3)} text-sm {c.Muted}", page.Write.Sentence());
            m.Open("ul", "mt-5 space-y-2");
            foreach (var feature in plan.Features.Take(5))
                m.Open("li", $"flex {page.S("gap", 1, 3)} text-sm {c.Text}")
                    .Icon(Icons.Check, $"w-4 h-4 flex-shrink-0 {c.PrimaryText}")
                    .Raw(Markup.Escape(feature))
                    .Close();
            m.Close();
            m.Text(
                "a",
                $"{page.S("mt", 5, 8)} block text-center {(top ? t.Button : t.GhostButton)}",
                page.F("Choose {0}", plan.Name),
                "href=\"#\""
            );
            m.Close();
        }
        m.Close().Close().Close();
        return new Section($"pricing/cards-{plans.Count}", m.Take(), false);
    }

    private static Section Compare(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var plans = page.Category.Plans.Take(4).ToList();
        m.Open(page.T.Anatomy.SectionTag, $"{c.Surface} {t.SectionY}");
        m.Open("div", $"{t.Container} overflow-x-auto");
        m.Text("h2", t.H2 + " mb-6", page.L("Compare plans"));
        m.Open("table", $"w-full text-sm text-left {c.Card} {t.Radius}");
        m.Open("thead").Open("tr", $"border-b {c.Border}");
        m.Text("th", "p-3", "");
        foreach (var plan in plans)
            m.Text("th", $"{page.S("p", 2, 4)} font-semibold {c.Heading}", plan.Name);
        m.Close().Close();
        m.Open("tbody");
        foreach (var feature in page.Category.Features.Take(page.Next(3, 5)))
        {
            m.Open("tr", $"border-b {c.Border}");
            m.Text("td", $"{page.S("p", 2, 4)} {c.Text}", feature.Title);
            for (var i = 0; i < plans.Count; i++)
                m.Text("td", "p-3 " + (page.Chance(0.6) ? c.PrimaryText : c.Muted), page.Chance(0.6) ? "✓" : "—");
            m.Close();
        }
        m.Close().Close().Close().Close();
        return new Section("pricing/compare", m.Take(), true);
    }
}
