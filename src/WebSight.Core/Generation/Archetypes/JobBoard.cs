using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A careers page: a search bar, filters, a list of openings with type and salary, and why to join.</summary>
internal sealed class JobBoard : IArchetype
{
    public string Name => "jobs";

    public string Description => "a careers page";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page, page.L("Post a job")), Openings(page), Blocks.Features(page), Chrome.Footer(page)];

    private static Section Openings(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var sidebar = page.Chance(0.5);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        m.Text(
            "h1",
            t.H1,
            page.Pick([
                page.F("Work at {0}", page.Name),
                page.L("Open positions"),
                page.L("Join the team"),
                page.L("Careers"),
            ])
        );
        m.Text("p", $"{page.S("mt", 2, 4)} {t.Subtitle} {c.Muted}", page.Write.Sentence());
        m.Open(
            "form",
            $"{page.S("mt", 5, 8)} flex flex-col {t.Bp}flex-row {page.S("gap", 2, 4)} {page.S("p", 2, 4)} {t.Radius} {c.Surface}"
        );
        Components.Search(m, page, page.L("Job title or keyword"), $"w-full {t.Bp}flex-1");
        m.Void("input", t.Input, $"type=\"text\" value=\"{Markup.Escape(page.Write.City())}\"");
        m.Text("button", t.Button, page.L("Search"), "type=\"submit\"");
        m.Close();
        var split = page.Sidebar(t.Bp);
        m.Open("div", sidebar ? $"{page.S("mt", 6, 10)} {split.Grid} {t.Gap}" : "mt-8");
        if (sidebar)
        {
            m.Open("aside", $"{split.Side} space-y-2".TrimStart());
            m.Text("h2", $"text-sm font-semibold {c.Heading}", page.L("Job type"));
            foreach (
                var type in new[] { page.L("Full-time"), page.L("Part-time"), page.L("Contract"), page.L("Internship") }
            )
                m.Open("label", $"flex items-center {page.S("gap", 1, 3)} text-sm {c.Text}")
                    .Void("input", "rounded", "type=\"checkbox\"")
                    .Raw(type)
                    .Close();
            m.Close();
        }
        m.Open("ul", sidebar ? $"{split.Main} {page.S("space-y", 2, 4)}" : "space-y-3");
        for (var i = page.Next(4, 6); i > 0; i--)
        {
            m.Open(
                "li",
                $"{t.Card} flex flex-col {t.Bp}flex-row {t.Bp}items-center justify-between {page.S("gap", 2, 4)}"
            );
            m.Open("div");
            m.Text("h3", t.H3, page.Write.JobTitle());
            m.Open("div", "mt-1 flex flex-wrap gap-2 text-xs");
            m.Text(
                "span",
                t.Badge,
                page.Pick([page.L("Full-time"), page.L("Part-time"), page.L("Contract"), page.L("Remote")])
            );
            m.Text("span", c.Muted, page.Write.City());
            m.Text(
                "span",
                c.Muted,
                page.Write.Locale.IsEnglish
                    ? $"${page.Next(35, 140)}k – ${page.Next(141, 220)}k"
                    : page.Write.Locale.WholePrice(page.Next(35, 140) * 1000)
                        + " – "
                        + page.Write.Locale.WholePrice(page.Next(141, 220) * 1000)
            );
            m.Close().Close();
            m.Open("div", "text-right");
            m.Text("a", t.Link + " text-sm", page.L("Apply"), "href=\"#\"");
            m.Text(
                "p",
                "text-xs " + c.Muted,
                page.F("{0}d ago", page.Next(1, 28).ToString(System.Globalization.CultureInfo.InvariantCulture))
            );
            m.Close();
            m.Close();
        }
        m.Close().Close().Close().Close();
        return new Section($"jobs/{(sidebar ? "sidebar" : "list")}", m.Take(), false);
    }
}
