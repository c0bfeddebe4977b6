using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>An admin screen: a sidebar, a top bar, stat cards, a chart and a table of recent records with status badges.</summary>
internal sealed class Dashboard : IArchetype
{
    private static readonly string[] Statuses = ["Paid", "Pending", "Shipped", "Cancelled", "Confirmed", "Draft"];
    private static readonly string[] StatusColours = ["green", "yellow", "blue", "red", "indigo", "gray"];

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
            ("Overview", Icons.Home),
            ("Reports", Icons.Chart),
            ("Customers", Icons.User),
            ("Calendar", Icons.Calendar),
            ("Settings", Icons.Cog),
        };
        for (var i = 0; i < items.Length; i++)
            m.Open(
                    "a",
                    $"flex items-center {page.S("gap", 2, 4)} {page.S("px", 1, 3)} {page.S("py", 1, 3)} {t.Radius} text-sm {(i == 0 ? c.PrimaryBg : "")}".TrimEnd(),
                    "href=\"#\""
                )
                .Icon(items[i].Item2, "w-5 h-5")
                .Raw(items[i].Item1)
                .Close();
        m.Close();
        m.Open("main", "flex-1 min-w-0");
        m.Open("header", $"flex items-center justify-between {page.S("px", 5, 8)} h-16 {c.Card} border-b {c.Border}");
        m.Text("h1", $"text-xl {t.HeadingWeight} {c.Heading}", page.Pick(["Overview", "Dashboard", "This month"]));
        m.Open("div", "flex items-center gap-3");
        m.Void("input", $"hidden sm:block w-56 {t.Input}", "type=\"search\" placeholder=\"Search\"");
        var user = page.Write.Person();
        m.Image(page.Image(64, 64, "portrait", user), user, "w-9 h-9 rounded-full object-cover");
        m.Close().Close();
        m.Open("div", "p-6 space-y-6");
        Stats(m, page);
        m.Open("div", $"grid {t.Wide}grid-cols-3 {t.Gap}");
        m.Open("div", $"{t.Wide}col-span-2 {t.Card}");
        m.Text(
            "h2",
            $"font-semibold {c.Heading} {page.S("mb", 3, 5)}",
            page.Pick(["Revenue", "Bookings", "Visitors", "Orders"]) + " this year"
        );
        if (page.Chance(0.5))
            Charts.Bars(m, page, $"bg-{c.Primary}-{page.Pick(["400", "500", "600"])}");
        else
            Charts.Line(m, page, $"text-{c.Primary}-500");
        m.Close();
        Activity(m, page);
        m.Close();
        Table(m, page);
        m.Close().Close().Close();
        return new Section($"dashboard/{(darkSide ? "dark" : "light")}-sidebar", m.Take(), false);
    }

    private static void Stats(Markup m, PageContext page)
    {
        var t = page.T;
        var c = page.C;
        m.Open("div", $"grid grid-cols-2 {t.Wide}grid-cols-4 {t.Gap}");
        foreach (var label in new[] { "Revenue", "New customers", "Open orders", "Satisfaction" })
        {
            var up = page.Chance(0.7);
            m.Open("div", t.Card);
            m.Text("p", t.Small, label);
            m.Text(
                "p",
                $"{page.S("mt", 1, 2)} text-2xl font-bold {c.Heading}",
                label == "Revenue" ? "$" + page.Write.Amount(2000, 90000) : page.Write.Amount(12, 900)
            );
            m.Text(
                "p",
                $"{page.S("mt", 1, 2)} text-xs font-medium text-{(up ? "green" : "red")}-600",
                $"{(up ? "+" : "-")}{page.Next(1, 24)}% vs last month"
            );
            m.Close();
        }
        m.Close();
    }

    private static void Activity(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("div", page.T.Card);
        m.Text("h2", $"font-semibold {c.Heading} {page.S("mb", 3, 5)}", "Recent activity");
        m.Open("ul", "space-y-3");
        for (var i = page.Next(3, 4); i > 0; i--)
            m.Open("li", "text-sm")
                .Text(
                    "p",
                    c.Text,
                    $"{page.Write.FirstName()} {page.Pick(["booked", "ordered", "paid for", "reviewed", "cancelled"])} {page.Write.Keyword()}"
                )
                .Text("p", "text-xs " + c.Muted, page.Next(2, 59) + " minutes ago")
                .Close();
        m.Close().Close();
    }

    private static void Table(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("div", $"{page.T.Card} overflow-x-auto");
        m.Text(
            "h2",
            $"font-semibold {c.Heading} {page.S("mb", 3, 5)}",
            "Latest " + page.Pick(["orders", "bookings", "invoices", "requests"])
        );
        m.Open("table", "w-full text-sm text-left");
        m.Open("thead", $"text-xs uppercase {c.Muted}").Open("tr");
        foreach (var heading in new[] { "Customer", "Item", "Date", "Amount", "Status" })
            m.Text("th", "py-2 pr-4", heading);
        m.Close().Close();
        m.Open("tbody", $"divide-y {c.Border.Split(' ')[0].Replace("border-", "divide-")}");
        for (var row = page.Next(4, 6); row > 0; row--)
        {
            var status = page.Rng.Next(Statuses.Length);
            m.Open("tr")
                .Text("td", $"{page.S("py", 1, 3)} pr-4 {c.Heading}", page.Write.Person())
                .Text("td", "py-2 pr-4", page.Write.ProductName())
                .Text("td", "py-2 pr-4", page.Write.ShortDate())
                .Text("td", "py-2 pr-4", page.Write.Price(10, 900))
                .Open("td", "py-2")
                .Text(
                    "span",
                    $"{page.S("px", 1, 3)} py-0.5 rounded-full text-xs font-medium bg-{StatusColours[status]}-100 text-{StatusColours[status]}-800",
                    Statuses[status]
                )
                .Close()
                .Close();
        }
        m.Close().Close().Close();
    }
}
