using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>The header and footer every archetype shares, each in several layouts and placements.</summary>
internal static class Chrome
{
    /// <summary>A top bar: plain, sticky or on the band colour; links right, centred or under a centred logo.</summary>
    public static Section Header(PageContext page, string? action = null)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var banded = page.Chance(0.3);
        var place = page.Pick(["", "sticky top-0 z-20 ", "relative "]);
        var bar = banded ? $"{c.Band} {c.BandText}" : $"{c.Page} border-b {c.Border}";
        var linkClass = banded
            ? $"text-sm font-medium {c.BandMuted} hover:underline"
            : $"text-sm font-medium {c.Text} hover:underline";
        var links = page.Nav.Take(page.Next(3, 5)).ToList();
        var layout = page.Rng.Next(3);
        m.Open("header", $"{place}{bar} {page.Pick(["", t.Shadow])}".Trim());
        if (page.Chance(0.25))
            m.Text("p", $"{page.S("py", 1, 2)} text-center text-xs font-medium {t.AccentSoft}", page.Write.Sentence());
        if (layout == 2)
        {
            m.Open("div", $"{t.Container} {page.S("py", 3, 5)} text-center");
            m.Text("a", $"text-2xl {t.HeadingWeight} {t.Tracking}", page.Name, "href=\"#\"");
            m.Open("nav", "mt-3 flex flex-wrap justify-center gap-6");
        }
        else
        {
            m.Open(
                "div",
                $"{t.Container} flex items-center justify-between {page.Pick(["h-14", "h-16", "h-20", "py-4"])}"
            );
            m.Open(
                "a",
                $"flex items-center gap-2 font-bold {page.Pick(["text-lg", "text-xl", "text-base"])}",
                "href=\"#\""
            );
            if (page.Chance(0.6))
                m.Open("span", $"w-8 h-8 {t.ButtonRadius} {c.PrimaryBg} flex items-center justify-center")
                    .Icon(page.Pick(Icons.Feature), "w-4 h-4")
                    .Close();
            m.Text("span", "", page.Name);
            m.Close();
            m.Open("nav", $"hidden {t.Bp}flex items-center {(layout == 0 ? "gap-6" : "gap-8 mx-auto")}");
        }
        foreach (var link in links)
            m.Text("a", linkClass, link, "href=\"#\"");
        m.Close();
        if (layout != 2)
        {
            m.Open("div", "flex items-center gap-3");
            if (page.Chance(0.4))
                m.Icon(Icons.Search, $"w-5 h-5 {(banded ? c.BandMuted : c.Muted)}");
            if (page.Chance(0.8))
                m.Text("a", t.Button, action ?? page.Pick(page.Category.Heroes).Cta, "href=\"#\"");
            else
                m.Icon(Icons.Menu, "w-6 h-6");
            m.Close();
        }
        m.Close().Close();
        return new Section($"header/{(banded ? "band" : "plain")}-{layout}", m.Take(), false);
    }

    /// <summary>A footer: one line, centred with links, or columns of links under a short blurb.</summary>
    public static Section Footer(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var year = page.Next(2024, 2026);
        var layout = page.Rng.Next(3);
        var band = page.Chance(0.4) ? $"{c.Surface}" : c.Page;
        m.Open("footer", $"{band} border-t {c.Border} {page.Pick(["py-6", "py-8", "py-10", "py-12"])}");
        m.Open("div", t.Container);
        if (layout == 0)
        {
            m.Open("div", $"flex flex-col {t.Bp}flex-row items-center justify-between {page.S("gap", 3, 5)}");
            m.Text("p", t.Small, $"© {year} {page.Name}. All rights reserved.");
            m.Open("div", "flex gap-5");
            foreach (var link in page.Nav.Take(3))
                m.Text("a", $"text-sm {c.Muted} hover:underline", link, "href=\"#\"");
            m.Close().Close();
        }
        else if (layout == 1)
        {
            m.Open("div", "text-center space-y-3");
            m.Text("p", $"font-semibold {c.Heading}", page.Name);
            m.Text("p", t.Small, $"{page.Write.Street()}, {page.Write.City()} · {page.Write.Phone()}");
            m.Text("p", "text-xs " + c.Muted, $"© {year} {page.Name}");
            m.Close();
        }
        else
        {
            var columns = page.Next(2, 3);
            m.Open("div", $"grid grid-cols-2 {t.Bp}grid-cols-{columns + 1} {page.S("gap", 6, 10)}");
            m.Open("div", "col-span-2 " + t.Bp + "col-span-1");
            m.Text("p", $"font-bold {c.Heading}", page.Name);
            m.Text("p", "mt-2 " + t.Small, page.Write.Sentence());
            m.Close();
            for (var i = 0; i < columns; i++)
            {
                m.Open("div");
                m.Text(
                    "p",
                    $"text-xs font-semibold uppercase tracking-wider {c.Heading}",
                    page.Pick(["Company", "Visit", "Help", "Explore", "Legal"])
                );
                m.Open("ul", "mt-3 space-y-2");
                foreach (var link in page.Nav.Skip(i).Take(3))
                    m.Open("li", "").Text("a", $"text-sm {c.Muted} hover:underline", link, "href=\"#\"").Close();
                m.Close().Close();
            }
            m.Close();
            m.Text(
                "p",
                $"{page.S("mt", 6, 10)} {page.S("pt", 5, 8)} border-t {c.Border} text-xs {c.Muted}",
                $"© {year} {page.Name} · {page.Domain}"
            );
        }
        if (page.Chance(0.4))
        {
            m.Open("div", $"{page.S("mt", 4, 8)} flex {(layout == 1 ? "justify-center " : "")}gap-4 {c.Muted}");
            foreach (var icon in new[] { Icons.Mail, Icons.Pin, Icons.User }.Take(page.Next(2, 3)))
                m.Open("a", "hover:opacity-75", "href=\"#\"").Icon(icon, "w-5 h-5").Close();
            m.Close();
        }
        m.Close().Close();
        return new Section($"footer/layout-{layout}", m.Take(), false);
    }
}
