using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>An admin screen: a sidebar, a top bar, stat cards, a chart and a table of recent records with status badges.</summary>
internal sealed class Dashboard : IArchetype
{
    private static readonly string[] StatLabels = ["Revenue", "New customers", "Open orders", "Satisfaction"];

    public string Name => "dashboard";

    public string Description => "an admin dashboard";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) => [Screen(page)];

    private static Section Screen(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var darkSide = page.Chance(0.5);
        m.Open("div", $"flex min-h-screen {c.Surface}");
        m.Open(
            "aside",
            $"hidden {t.Bp}flex flex-col w-{page.Pick(["56", "60", "64"])} {(darkSide ? "bg-gray-900 text-gray-300" : c.Card + " border-r " + c.Border)} {page.S("p", 3, 5)}"
        );
        m.Text(
            "p",
            $"{page.S("px", 1, 3)} {page.S("mb", 5, 8)} text-lg font-bold {(darkSide ? "text-white" : c.Heading)}",
            page.Name
        );
        var items = new[]
        {
            (page.L("Overview"), Icons.Home),
            (page.L("Reports"), Icons.Chart),
            (page.L("Customers"), Icons.User),
            (page.L("Calendar"), Icons.Calendar),
            (page.L("Settings"), Icons.Cog),
        };
        var grouped = page.Chance(0.4);
        var badged = page.Chance(0.4) ? page.Rng.Next(1, items.Length) : -1;
        for (var i = 0; i < items.Length; i++)
        {
            if (grouped && i is 0 or 3)
                m.Text(
                    "p",
                    $"{page.S("px", 1, 3)} {(i == 0 ? "" : page.S("mt", 4, 6) + " ")}mb-2 text-xs font-semibold uppercase tracking-wider {(darkSide ? "text-gray-500" : c.Muted)}",
                    i == 0 ? page.L("Main") : page.L("Manage")
                );
            m.Open(
                    "a",
                    $"flex items-center {page.S("gap", 2, 4)} {page.S("px", 1, 3)} {page.S("py", 1, 3)} {t.Radius} text-sm {(i == 0 ? c.PrimaryBg : "")}".TrimEnd(),
                    "href=\"#\""
                )
                .Icon(items[i].Item2, "w-5 h-5")
                .Raw(items[i].Item1);
            if (i == badged)
                m.Text(
                    "span",
                    $"ml-auto px-2 text-xs rounded-full {t.AccentSoft}",
                    page.Next(2, 40).ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
            m.Close();
        }
        if (page.Chance(0.4))
            UserCard(m, page, darkSide);
        m.Close();
        m.Open("main", "flex-1 min-w-0");
        m.Open("header", $"flex items-center justify-between {page.S("px", 5, 8)} h-16 {c.Card} border-b {c.Border}");
        m.Text(
            "h1",
            $"text-xl {t.HeadingWeight} {c.Heading}",
            page.Pick([page.L("Overview"), page.L("Dashboard"), page.L("This month")])
        );
        m.Open("div", $"flex items-center {page.S("gap", 2, 4)}");
        if (page.Chance(0.6))
            Components.Search(m, page, page.L("Search"), "w-" + page.Pick(["48", "56", "64"]), "hidden sm:");
        if (page.Chance(0.5))
            m.Open(
                    "button",
                    $"p-2 rounded-full {c.Muted} hover:{c.PrimaryText}",
                    "type=\"button\" aria-label=\"" + page.L("Notifications") + "\""
                )
                .Icon(
                    "M15 17h5l-1.4-1.4A2 2 0 0118 14V11a6 6 0 10-12 0v3a2 2 0 01-.6 1.6L4 17h5m6 0a3 3 0 11-6 0",
                    "w-6 h-6"
                )
                .Close();
        var user = page.Write.Person();
        if (page.Chance(0.7))
            m.Image(
                page.Image(64, 64, "portrait", user),
                user,
                $"{page.Pick(["w-8 h-8", "w-9 h-9", "w-10 h-10"])} rounded-full object-cover"
            );
        else
            m.Text(
                "span",
                $"w-9 h-9 rounded-full flex items-center justify-center text-sm font-bold {c.Soft}",
                user[..1]
            );
        m.Close().Close();
        m.Open("div", $"{page.S("p", 4, 8)} {page.Pick(["space-y-4", "space-y-6", "space-y-8"])}");
        Stats(m, page);
        var widgets = page.Rng.Next(3);
        if (widgets == 1)
        {
            Activity(m, page);
            DashboardTable.Write(m, page);
            m.Close().Close().Close();
            return new Section($"dashboard/{(darkSide ? "dark" : "light")}-list", m.Take(), false);
        }
        m.Open("div", $"grid {t.Wide}grid-cols-3 {t.Gap}");
        m.Open("div", $"{t.Wide}col-span-{(widgets == 0 ? 2 : 3)} {t.Card}");
        m.Text(
            "h2",
            $"font-semibold {c.Heading} {page.S("mb", 3, 5)}",
            page.F(
                "{0} this year",
                page.Pick([page.L("Revenue"), page.L("Bookings"), page.L("Visitors"), page.L("Orders")])
            )
        );
        if (page.Chance(0.5))
            Charts.Bars(m, page, $"bg-{c.Primary}-{page.Pick(["400", "500", "600"])}");
        else
            Charts.Line(m, page, $"text-{c.Primary}-500");
        m.Close();
        if (widgets == 0)
            Activity(m, page);
        m.Close();
        DashboardTable.Write(m, page);
        m.Close().Close().Close();
        return new Section($"dashboard/{(darkSide ? "dark" : "light")}-sidebar", m.Take(), false);
    }

    private static void UserCard(Markup m, PageContext page, bool darkSide)
    {
        var person = page.Write.Person();
        m.Open(
            "div",
            $"mt-auto {page.S("pt", 4, 6)} flex items-center gap-3 border-t {(darkSide ? "border-gray-700" : page.C.Border)}"
        );
        m.Image(page.Image(64, 64, "portrait", person), person, "w-8 h-8 rounded-full object-cover");
        m.Open("div", "text-sm");
        m.Text("p", $"font-medium {(darkSide ? "text-white" : page.C.Heading)}", person);
        m.Text("p", "text-xs", page.Write.JobTitle());
        m.Close().Close();
    }

    private static void Stats(Markup m, PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var iconed = page.Chance(0.5);
        var goals = !iconed && page.Chance(0.4); // cards with an icon are long enough already
        var count = page.Next(3, 4);
        m.Open("div", $"grid grid-cols-1 sm:grid-cols-2 {t.Wide}grid-cols-{count} {t.Gap}");
        foreach (var label in StatLabels.Take(count).Select(page.L))
        {
            var up = page.Chance(0.7);
            m.Open("div", iconed ? $"{t.Card} flex items-start {page.S("gap", 3, 4)}" : t.Card);
            if (iconed)
                m.Open("div", $"p-2 {t.Radius} {c.Soft}").Icon(page.Pick(Icons.Feature), "w-5 h-5").Close().Open("div");
            m.Text("p", t.Small, label);
            m.Text(
                "p",
                $"{page.S("mt", 1, 2)} text-2xl font-bold {c.Heading}",
                label == page.L("Revenue")
                    ? page.Write.Locale.Money(page.Write.Amount(2000, 90000))
                    : page.Write.Amount(12, 900)
            );
            m.Text(
                "p",
                $"{page.S("mt", 1, 2)} text-xs font-medium text-{(up ? "green" : "red")}-600",
                page.F(
                    "{0}% vs last month",
                    (up ? "+" : "-") + page.Next(1, 24).ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
            );
            // How far the month's figure has come towards its goal.
            if (goals)
                Components.Bar(m, page, page.Next(20, 95), page.S("mt", 2, 4));
            if (iconed)
                m.Close();
            m.Close();
        }
        m.Close();
    }

    private static void Activity(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("div", page.T.Card);
        m.Text("h2", $"font-semibold {c.Heading} {page.S("mb", 3, 5)}", page.L("Recent activity"));
        m.Open("ul", "space-y-3");
        for (var i = page.Next(3, 4); i > 0; i--)
            m.Open("li", "text-sm")
                .Text("p", c.Text, Activity(page))
                .Text(
                    "p",
                    "text-xs " + c.Muted,
                    page.F(
                        "{0} minutes ago",
                        page.Next(2, 59).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    )
                )
                .Close();
        m.Close().Close();
    }

    /// <summary>"Mia booked yoga": drawn in the order the English sentence reads, worded in the page's language.</summary>
    private static string Activity(PageContext page)
    {
        var who = page.Write.FirstName();
        var what = page.Pick([
            "{0} booked {1}",
            "{0} ordered {1}",
            "{0} paid for {1}",
            "{0} reviewed {1}",
            "{0} cancelled {1}",
        ]);
        return page.F(what, who, page.Write.Keyword());
    }
}
