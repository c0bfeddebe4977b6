using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// The dashboard's table of recent records: optional ticks, faces and actions, the less telling columns hidden on
/// narrow screens, and a status per row in the page's badge style.
/// </summary>
internal static class DashboardTable
{
    private static readonly string[] Statuses = ["Paid", "Pending", "Shipped", "Cancelled", "Confirmed", "Draft"];
    private static readonly string[] StatusColours = ["green", "yellow", "blue", "red", "indigo", "gray"];

    private const int LongScreen = 10_000;

    public static void Write(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("div", $"{page.T.Card} overflow-x-auto");
        m.Text(
            "h2",
            $"font-semibold {c.Heading} {page.S("mb", 3, 5)}",
            page.Pick([
                page.L("Latest orders"),
                page.L("Latest bookings"),
                page.L("Latest invoices"),
                page.L("Latest requests"),
            ])
        );
        m.Open("table", "w-full text-sm text-left");
        var ticks = page.Chance(0.3);
        var actions = page.Chance(0.4);
        var faces = page.Chance(0.4);
        // Phones keep who, how much and the status; the item and date columns appear from a breakpoint up.
        var item = page.Pick(["", "hidden md:table-cell", "hidden lg:table-cell", "hidden sm:table-cell"]);
        var date = page.Pick(["", item, "hidden md:table-cell", "hidden xl:table-cell"]);
        var amount = $"text-right {page.T.States.Numerals}".TrimEnd();
        var badge = page.Rng.Next(3);
        m.Open(
                "thead",
                $"text-xs uppercase {page.Pick(["", "tracking-wider ", "tracking-wide "])}{c.Muted} {page.Pick(["", c.Surface])}".TrimEnd()
            )
            .Open("tr");
        if (ticks)
            m.Open("th", "py-2 pr-4").Void("input", "rounded", "type=\"checkbox\"").Close();
        m.Text("th", "py-2 pr-4", page.L("Customer"));
        m.Text("th", $"py-2 pr-4 {item}".TrimEnd(), page.L("Item"));
        m.Text("th", $"py-2 pr-4 {date}".TrimEnd(), page.L("Date"));
        m.Text("th", $"py-2 pr-4 {amount}", page.L("Amount"));
        m.Text("th", "py-2 pr-4", page.L("Status"));
        if (actions)
            m.Text("th", "py-2", "");
        m.Close().Close();
        m.Open("tbody", $"divide-y {page.T.Divide}");
        // The screen is one section the budget cannot drop, so rows that carry faces or dotted badges are fewer, and
        // a screen already long (some 2,900 tokens at our pages' 3.4 characters a token) stops after two rows.
        var heavy = (badge == 0 ? 0 : 1) + (faces ? 1 : 0);
        var rows = page.Next(3, 5 - heavy);
        for (var row = 0; row < rows && (row < 2 || m.Length < LongScreen); row++)
        {
            var status = page.Rng.Next(Statuses.Length);
            m.Open("tr", page.Pick(["", c.Surface.Replace("bg-", "hover:bg-")]));
            if (ticks)
                m.Open("td", "py-2 pr-4").Void("input", "rounded", "type=\"checkbox\"").Close();
            var person = page.Write.Person();
            if (faces)
                m.Open("td", $"{page.S("py", 1, 3)} pr-4")
                    .Open("div", "flex items-center gap-2")
                    .Image(page.Image(48, 48, "portrait", person), person, "w-7 h-7 rounded-full object-cover")
                    .Text("span", c.Heading, person)
                    .Close()
                    .Close();
            else
                m.Text("td", $"{page.S("py", 1, 3)} pr-4 {c.Heading}", person);
            m.Text("td", $"py-2 pr-4 {item}".TrimEnd(), page.Write.ProductName())
                .Text("td", $"py-2 pr-4 whitespace-nowrap {date}".TrimEnd(), page.Write.ShortDate())
                .Text("td", $"py-2 pr-4 {amount}", page.Write.Price(10, 900))
                .Open("td", "py-2");
            Components.Status(m, page, StatusColours[status], page.L(Statuses[status]), badge);
            m.Close();
            if (actions)
                m.Open("td", "py-2 text-right")
                    .Text("a", page.T.Link, page.Pick([page.L("Edit"), page.L("View"), page.L("Open")]), "href=\"#\"")
                    .Close();
            m.Close();
        }
        m.Close().Close().Close();
    }
}
