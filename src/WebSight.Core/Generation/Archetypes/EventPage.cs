using System.Globalization;
using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>An event: date and place up front, the schedule as a timeline, speakers, and the venue.</summary>
internal sealed class EventPage : IArchetype
{
    public string Name => "event";

    public string Description => "an event page";

    public bool Fits(CategoryTraits traits) => traits.HostsEvents;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var date = page.Write.Date();
        var city = page.Write.City();
        var title =
            $"{page.Name} {page.Pick([page.L("Summit"), page.L("Open Day"), page.L("Festival"), page.L("Live"), page.L("Weekend"), page.L("Forum")])} {date.Year}";
        return
        [
            Chrome.Header(page, page.L("Get tickets")),
            Hero.Write(page, title, page.L("Get tickets")),
            Facts(page, date, city),
            Schedule(page, date),
            Speakers(page),
            Blocks.Faq(page),
            Chrome.Footer(page),
        ];
    }

    private static Section Facts(PageContext page, DateOnly date, string city)
    {
        var t = page.T;
        var m = new Markup();
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {page.S("py", 6, 10)}");
        m.Open("div", $"{t.Container} grid grid-cols-1 {t.Bp}grid-cols-3 {t.Gap}");
        var facts = new[]
        {
            (Icons.Calendar, page.Write.Locale.WeekdayDate(date)),
            (Icons.Pin, $"{page.Write.Street()}, {city}"),
            (Icons.User, page.F("{0} attendees", page.Write.Amount(120, 4000))),
        };
        foreach (var (icon, text) in facts)
            m.Open("div", "flex items-center gap-3")
                .Icon(icon, $"w-6 h-6 {page.C.PrimaryText}")
                .Text("p", $"font-medium {page.C.Heading}", text)
                .Close();
        m.Close().Close();
        return new Section("event/facts", m.Take(), false);
    }

    private static Section Schedule(PageContext page, DateOnly date)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", $"{t.Container} max-w-4xl");
        Blocks.Heading(m, page, page.F("Schedule for {0}", page.Write.Locale.DayMonth(date)), false);
        m.Open(
            "ol",
            $"border-l-2 border-{c.Primary}-{(c.Dark ? "700" : page.Pick(["200", "300"]))} {page.S("space-y", 5, 8)}"
        );
        var hour = page.Next(8, 10);
        // The marker on the line: a plain dot, a dot cut out of the line by a ring of page colour, or a clock in a disc.
        var marker = page.Rng.Next(3);
        var ring = c.Page.Replace("bg-", "ring-");
        for (var i = page.Next(4, 5); i > 0; i--, hour += page.Next(1, 2))
        {
            m.Open("li", marker == 2 ? "relative pl-8" : "relative pl-6");
            if (marker == 2)
                m.Open(
                        "span",
                        $"absolute -left-3.5 top-0 w-6 h-6 rounded-full flex items-center justify-center {c.Soft} ring-4 {ring}"
                    )
                    .Icon(Icons.Clock, "w-3.5 h-3.5")
                    .Close();
            else
                m.Raw(
                    marker == 1
                        ? $"<span class=\"absolute -left-1.5 top-1.5 w-3 h-3 rounded-full bg-{c.Primary}-500 ring-4 {ring}\"></span>"
                        : $"<span class=\"absolute -left-2 top-1 w-3.5 h-3.5 rounded-full bg-{c.Primary}-500\"></span>"
                );
            m.Text(
                    "p",
                    $"text-sm font-semibold {c.PrimaryText} tabular-nums",
                    $"{hour:00}:{page.Pick(["00", "15", "30", "45"])}"
                )
                .Text("h3", t.H3, page.Write.Headline())
                .Text(
                    "p",
                    t.Small,
                    $"{page.Write.Person()} · {page.Pick([page.L("Main hall"), page.L("Room B"), page.L("Garden stage"), page.L("Studio 2")])}"
                )
                .Close();
        }
        m.Close().Close().Close();
        return new Section($"event/timeline-{marker}", m.Take(), false);
    }

    private static Section Speakers(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        var count = page.Next(3, 4);
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {t.SectionY}");
        m.Open("div", t.Container);
        Blocks.Heading(
            m,
            page,
            page.Pick([page.L("Speakers"), page.L("Hosts and guests"), page.L("Who you will meet")])
        );
        m.Open("div", t.Grid(count));
        var c = page.C;
        // Some pages put each speaker on a card, the portrait overlapping a coloured cover strip.
        var covered = page.Chance(0.4);
        var cover = page.Pick([
            c.Band.StartsWith("bg-gradient", StringComparison.Ordinal)
                ? c.Band
                : $"bg-{c.Primary}-{(c.Dark ? "800" : "200")}",
            $"bg-gradient-to-r from-{c.Primary}-{(c.Dark ? "700" : "300")} to-{c.Accent}-{(c.Dark ? "700" : "300")}",
        ]);
        for (var i = 0; i < count; i++)
        {
            var person = page.Write.Person();
            m.Open(
                "div",
                covered
                    ? $"{c.Card} {t.Radius} {t.Shadow} overflow-hidden text-center {page.S("pb", 4, 6)}"
                    : "text-center"
            );
            if (covered)
                m.Raw($"<div class=\"{page.Pick(["h-16", "h-20", "h-24"])} {cover}\"></div>");
            m.Image(
                page.Image(300, 300, "portrait", person),
                person,
                covered
                    ? $"relative w-24 h-24 -mt-12 mx-auto rounded-full object-cover ring-4 {c.Card.Replace("bg-", "ring-")}"
                    : $"w-32 h-32 mx-auto rounded-full object-cover {t.Shadow}"
            );
            m.Text("p", $"{page.S("mt", 2, 4)} font-semibold {page.C.Heading}", person);
            m.Text("p", t.Small, $"{page.Write.JobTitle()}, {page.Write.Company()}");
            m.Close();
        }
        m.Close().Close().Close();
        return new Section($"event/speakers-{count}", m.Take(), true);
    }
}
