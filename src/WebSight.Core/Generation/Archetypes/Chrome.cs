using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// The header and footer every archetype shares. Each is put together from independent choices (placement, logo,
/// how links are listed, what sits on the right, a mobile toggle, an announcement bar), so their structure varies
/// as much as real sites' does rather than coming in a few fixed shapes.
/// </summary>
internal static partial class Chrome
{
    /// <summary>A top bar: logo, links and actions, in one of three arrangements and several placements.</summary>
    public static Section Header(PageContext page, string? action = null)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var banded = page.Chance(0.3);
        var place = page.Pick([
            "",
            "",
            "sticky top-0 z-20 ",
            "sticky top-0 z-50 ",
            "relative z-10 ",
            $"sticky top-0 z-30 bg-opacity-{page.Pick(["90", "95"])} ",
        ]);
        var bar = banded ? $"{c.Band} {c.BandText}" : $"{c.Page} border-b {c.Border}";
        var links = page.Nav.Take(page.Next(3, 5)).ToList();
        var layout = page.Rng.Next(3);
        m.Open("header", $"{place}{bar} {page.Pick(["", "", t.Shadow, "shadow-sm"])}".Trim());
        Announcement(m, page);
        if (layout == 2)
        {
            m.Open("div", $"{t.Container} {page.S("py", 3, 6)} text-center");
            Logo(m, page, banded, centred: true);
            Links(m, page, links, banded, $"{page.S("mt", 2, 4)} flex flex-wrap justify-center {page.S("gap", 4, 8)}");
        }
        else
        {
            m.Open(
                "div",
                $"{t.Container} flex items-center justify-between {page.Pick(["h-14", "h-16", "h-20", "py-3", "py-4", "py-5"])}"
            );
            Logo(m, page, banded, centred: false);
            Links(
                m,
                page,
                links,
                banded,
                $"hidden {t.Bp}flex items-center {(layout == 0 ? page.S("gap", 4, 8) : page.S("gap", 6, 10) + " mx-auto")}"
            );
            Actions(m, page, banded, action);
        }
        m.Close().Close();
        return new Section($"header/{(banded ? "band" : "plain")}-{layout}", m.Take(), false);
    }

    private static void Announcement(Markup m, PageContext page)
    {
        var kind = page.Rng.Next(8);
        if (kind >= 2)
            return;
        var classes = $"{page.S("py", 1, 3)} text-center text-xs font-medium {page.T.AccentSoft}";
        if (kind == 0)
        {
            m.Text("p", classes, page.Write.Sentence());
            return;
        }
        m.Open("div", $"{classes} flex items-center justify-center {page.S("gap", 2, 3)}");
        m.Text("span", "", page.Write.Sentence());
        m.Text(
            "a",
            "underline font-semibold",
            page.Pick([page.L("Learn more"), page.L("Details"), page.L("Find out more")]),
            "href=\"#\""
        );
        m.Close();
    }

    /// <summary>The name alone, after a square mark, after a round picture, or with a tagline under it.</summary>
    private static void Logo(Markup m, PageContext page, bool banded, bool centred)
    {
        var t = page.T;
        var size = page.Pick(["text-lg", "text-xl", "text-base", "text-2xl"]);
        var kind = page.Rng.Next(4);
        if (kind == 0)
        {
            m.Text("a", $"{size} {t.HeadingWeight} {t.Tracking}", page.Name, "href=\"#\"");
            return;
        }
        m.Open(
            "a",
            $"{(centred ? "inline-flex" : "flex")} items-center {page.S("gap", 2, 3)} font-bold {size}",
            "href=\"#\""
        );
        if (kind == 1)
            m.Open(
                    "span",
                    $"{page.Pick(["w-8 h-8", "w-9 h-9", "w-10 h-10"])} {t.ButtonRadius} {(banded ? "bg-white text-gray-900" : page.C.PrimaryBg)} flex items-center justify-center"
                )
                .Icon(page.Pick(Icons.Feature), "w-4 h-4")
                .Close();
        else if (kind == 2)
            m.Image(
                page.Image(64, 64, "logo", page.Name),
                page.F("{0} logo", page.Name),
                $"{page.Pick(["w-8 h-8", "w-9 h-9", "w-10 h-10"])} {page.Pick(["rounded-full", t.Radius])}"
            );
        if (kind == 3)
        {
            m.Open("span", "flex flex-col leading-tight");
            m.Text("span", "", page.Name);
            m.Text("span", $"text-xs font-normal {(banded ? page.C.BandMuted : page.C.Muted)}", page.Category.Name);
            m.Close();
        }
        else
        {
            m.Text("span", "", page.Name);
        }
        m.Close();
    }

    /// <summary>The page links as bare anchors or a list, one of them sometimes a menu with a chevron.</summary>
    private static void Links(Markup m, PageContext page, List<string> links, bool banded, string classes)
    {
        var c = page.C;
        var current = page.Chance(0.4) ? 0 : -1;
        var tone = banded ? c.BandMuted : c.Text;
        var hover = page.Pick([
            "hover:underline",
            $"hover:{(banded ? "text-white" : c.PrimaryText)}",
            "hover:opacity-75",
        ]);
        string LinkClass(int i) =>
            i == current
                ? $"text-sm font-semibold {(banded ? "text-white" : c.PrimaryText)}"
                : $"text-sm font-medium {tone} {hover}";
        var listed = page.Chance(0.35);
        var menu = page.Chance(0.3) ? page.Rng.Next(links.Count) : -1;
        m.Open("nav", listed ? "" : classes);
        if (listed)
            m.Open("ul", classes);
        for (var i = 0; i < links.Count; i++)
        {
            if (listed)
                m.Open("li");
            if (i == menu)
                m.Open("a", $"{LinkClass(i)} inline-flex items-center gap-1", "href=\"#\"")
                    .Raw(links[i])
                    .Icon("M19 9l-7 7-7-7", "w-4 h-4")
                    .Close();
            else
                m.Text("a", LinkClass(i), links[i], "href=\"#\"");
            if (listed)
                m.Close();
        }
        if (listed)
            m.Close();
        m.Close();
    }

    /// <summary>What sits right of the links: buttons, a search field, an account picture, and a mobile toggle.</summary>
    private static void Actions(Markup m, PageContext page, bool banded, string? action)
    {
        var t = page.T;
        var c = page.C;
        m.Open("div", $"flex items-center {page.S("gap", 2, 4)}");
        var search = page.Rng.Next(4);
        if (search == 0)
            m.Icon(Icons.Search, $"w-5 h-5 {(banded ? c.BandMuted : c.Muted)}");
        else if (search == 1)
            Components.Search(m, page, page.L("Search"), "w-" + page.Pick(["40", "48", "56"]), "hidden lg:");
        var buttons = page.Rng.Next(5);
        if (buttons >= 3)
            m.Text(
                "a",
                $"hidden sm:inline-block text-sm font-medium {(banded ? c.BandMuted : c.Text)}",
                page.Pick([page.L("Log in"), page.L("Sign in"), page.L("Contact")]),
                "href=\"#\""
            );
        if (buttons >= 1)
            m.Text("a", t.Button, action ?? page.Pick(page.Category.Heroes).Cta, "href=\"#\"");
        if (page.Chance(0.2))
            m.Image(
                page.Image(64, 64, "portrait", "account"),
                page.L("Your account"),
                $"w-8 h-8 rounded-full object-cover {t.Ring}".TrimEnd()
            );
        if (buttons == 0 || page.Chance(0.4))
            m.Open(
                    "button",
                    $"{t.Bp}hidden p-2 {t.ButtonRadius} {(banded ? "hover:bg-white hover:bg-opacity-10" : c.Surface.Replace("bg-", "hover:bg-"))}",
                    "type=\"button\" aria-label=\"" + page.L("Menu") + "\""
                )
                .Icon(Icons.Menu, "w-6 h-6")
                .Close();
        m.Close();
    }
}
