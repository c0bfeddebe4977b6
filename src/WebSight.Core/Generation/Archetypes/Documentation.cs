using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A help or API page: a search bar, a sidebar of sections, an article with code and a parameter table.</summary>
internal sealed class Documentation : IArchetype
{
    public string Name => "docs";

    public string Description => "a documentation page";

    public bool Fits(CategoryTraits traits) => traits.Technical;

    public IReadOnlyList<Section> Compose(PageContext page) => [TopBar(page), Body(page), Chrome.Footer(page)];

    private static Section TopBar(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        m.Open("header", $"sticky top-0 z-20 {c.Page} border-b {c.Border}");
        m.Open("div", "px-6 h-14 flex items-center gap-6");
        m.Text("a", $"font-bold {c.Heading}", page.F("{0} Docs", page.Name), "href=\"#\"");
        Components.Search(m, page, page.L("Search the docs"), "flex-1 max-w-md", $"hidden {t.Bp}");
        m.Open("nav", "ml-auto flex gap-5 text-sm");
        foreach (var link in new[] { page.L("Guides"), "API", page.L("Support") })
            m.Text("a", $"{c.Text} hover:underline", link, "href=\"#\"");
        m.Close().Close().Close();
        return new Section("docs/topbar", m.Take(), false);
    }

    private static Section Body(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var title = page.Pick(page.Category.Features).Title;
        m.Open("div", $"flex {c.Page}");
        m.Open(
            "aside",
            $"hidden {t.Bp}block w-64 flex-shrink-0 border-r {c.Border} {c.Surface} {page.S("p", 5, 8)} {page.S("space-y", 5, 8)}"
        );
        foreach (var group in new[] { page.L("Getting started"), page.Pick(page.Nav), page.L("Reference") })
        {
            m.Open("div");
            m.Text("p", $"text-xs font-semibold uppercase tracking-wider {c.Muted}", group);
            m.Open("ul", "mt-2 space-y-1");
            foreach (var feature in page.Category.Features.OrderBy(_ => page.Rng.Next()).Take(page.Next(2, 4)))
                m.Open("li")
                    .Text(
                        "a",
                        $"block text-sm {(feature.Title == title ? c.PrimaryText + " font-semibold" : c.Text)} hover:underline",
                        feature.Title,
                        "href=\"#\""
                    )
                    .Close();
            m.Close().Close();
        }
        m.Close();
        m.Open("main", $"flex-1 min-w-0 {page.S("px", 5, 8)} {t.Bp}{page.S("px", 10, 16)} {page.S("py", 8, 12)}");
        m.Open("div", "max-w-3xl");
        m.Text("p", $"text-sm {c.Muted}", $"{page.L("Docs")} / {page.Pick(page.Nav)} / {title}");
        m.Text("h1", $"{page.S("mt", 1, 3)} {t.H2}", title);
        m.Text("p", $"{page.S("mt", 3, 5)} {t.Para}", page.Write.Paragraph(2));
        var parts = Enumerable.Range(0, 4).OrderBy(_ => page.Rng.Next()).Take(page.Next(2, 4));
        foreach (var part in parts)
        {
            if (part == 0)
                m.Open(
                        "div",
                        $"{page.S("mt", 5, 8)} {page.S("p", 3, 5)} {t.Radius} border-l-4 border-{c.Primary}-500 {c.Soft} text-sm"
                    )
                    .Text("strong", "", page.Pick([page.L("Note: "), page.L("Tip: "), page.L("Heads up: ")]))
                    .Raw(Markup.Escape(page.Write.Sentence()))
                    .Close();
            else if (part == 1)
                m.Text("h2", $"{page.S("mt", 6, 10)} text-xl font-semibold {c.Heading}", page.L("Example request"))
                    .Text(
                        "pre",
                        $"{page.S("mt", 2, 4)} {page.S("p", 3, 5)} {t.Radius} bg-gray-900 text-green-300 text-sm font-mono overflow-x-auto",
                        Code(page)
                    );
            else if (part == 2)
            {
                m.Text("h2", $"{page.S("mt", 6, 10)} text-xl font-semibold {c.Heading}", page.L("Parameters"));
                Parameters(m, page);
            }
            else
            {
                m.Open("div", $"{page.S("mt", 5, 8)} {page.S("space-y", 3, 5)} {t.Para}");
                Prose.Body(m, page, page.Next(1, 3));
                m.Close();
            }
        }
        m.Close().Close().Close();
        return new Section("docs/sidebar-article", m.Take(), false);
    }

    private static string Code(PageContext page)
    {
        var resource = page.Write.Keyword().Replace(' ', '-') + "s";
        return $"curl https://api.{page.Domain}/v{page.Next(1, 3)}/{resource} \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -d limit={page.Next(5, 50)}";
    }

    private static void Parameters(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("table", "mt-3 w-full text-sm text-left");
        m.Open("thead", $"border-b {c.Border}").Open("tr");
        foreach (var heading in new[] { page.L("Name"), page.L("Type"), page.L("Description") })
            m.Text("th", $"{page.S("py", 1, 3)} pr-4 font-semibold {c.Heading}", heading);
        m.Close().Close();
        m.Open("tbody", $"divide-y {page.T.Divide}");
        foreach (
            var name in new[] { "id", "limit", page.Write.Keyword().Replace(' ', '_'), "created_after" }.Take(
                page.Next(3, 4)
            )
        )
            m.Open("tr")
                .Text("td", "py-2 pr-4 font-mono " + c.PrimaryText, name)
                .Text("td", "py-2 pr-4 " + c.Muted, page.Pick(["string", "integer", "boolean", "date"]))
                .Text("td", "py-2 " + c.Text, page.Write.Sentence())
                .Close();
        m.Close().Close();
    }
}
