using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

internal static partial class Chrome
{
    private static readonly string[] ColumnTitles = ["Company", "Visit", "Help", "Explore", "Legal", "Resources"];

    /// <summary>A footer: one line, a centred card, or columns of links, with optional sign-up, social and legal rows.</summary>
    public static Section Footer(PageContext page)
    {
        var m = new Markup();
        var year = page.Next(2024, 2026);
        var layout = page.Rng.Next(4);
        var onBand = $"{page.C.Band} {page.C.BandText}";
        var band = page.Pick([page.C.Surface, page.C.Page, page.C.Page, onBand]);
        var edge = band.StartsWith(page.C.Page, StringComparison.Ordinal) ? $" border-t {page.C.Border}" : "";
        using var colours = band == onBand ? page.OnBand() : null;
        var t = page.T;
        var c = page.C;
        m.Open("footer", $"{band}{edge} {page.Pick(["py-6", "py-8", "py-10", "py-12", "pt-12 pb-8", "pt-16 pb-10"])}");
        m.Open("div", t.Container);
        if (layout == 0)
        {
            m.Open("div", $"flex flex-col {t.Bp}flex-row items-center justify-between {page.S("gap", 3, 5)}");
            m.Text(
                "p",
                t.Small,
                page.F(
                    "© {0} {1}. All rights reserved.",
                    year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    page.Name
                )
            );
            FooterLinks(m, page, page.Nav.Take(page.Next(2, 4)), $"flex flex-wrap {page.S("gap", 3, 6)}");
            m.Close();
        }
        else if (layout == 1)
        {
            m.Open("div", $"text-center {page.Pick(["space-y-2", "space-y-3", "space-y-4"])}");
            m.Text("p", $"font-semibold {c.Heading}", page.Name);
            m.Text("p", t.Small, $"{page.Write.Street()}, {page.Write.City()} · {page.Write.Phone()}");
            if (page.Chance(0.5))
                FooterLinks(m, page, page.Nav.Take(4), $"flex flex-wrap justify-center {page.S("gap", 3, 6)}");
            m.Text(
                "p",
                "text-xs " + c.Muted,
                page.F("© {0} {1}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Name)
            );
            m.Close();
        }
        else
        {
            Columns(m, page, signUp: layout == 3);
            LegalRow(m, page, year);
        }
        if (page.Chance(0.4))
            Social(m, page, layout == 1);
        m.Close().Close();
        var small = new Markup()
            .Open("footer", $"{band}{edge} py-6")
            .Open("div", t.Container)
            .Text(
                "p",
                t.Small,
                page.F("© {0} {1}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Name)
            )
            .Take();
        return new Section($"footer/layout-{layout}", m.Take(), false)
        {
            Smaller = new Section("footer/compact", small, false),
        };
    }

    /// <summary>A blurb column, two to four link columns, and on some pages a sign-up field beside them.</summary>
    private static void Columns(Markup m, PageContext page, bool signUp)
    {
        var t = page.T;
        var c = page.C;
        var columns = page.Next(2, signUp ? 3 : 4);
        var total = columns + 1 + (signUp ? 2 : 0);
        // Six columns leave ~140 px each: a long menu word ("Veröffentlichungen") needs the room of five.
        var most = page.Nav.Max(label => label.Length) > 14 ? 5 : 6;
        m.Open("div", $"grid grid-cols-2 {t.Bp}grid-cols-{Math.Min(total, most)} {page.S("gap", 6, 10)}");
        m.Open("div", $"col-span-2 {t.Bp}col-span-1");
        m.Text("p", $"font-bold {c.Heading}", page.Name);
        m.Text("p", $"{page.S("mt", 2, 3)} {t.Small}", page.Write.Sentence());
        if (page.Chance(0.3))
            // An address is one long word: in a narrow column it must be allowed to wrap.
            m.Text("p", $"{page.S("mt", 2, 3)} {t.Small} break-words", page.Write.Email(page.Write.Person()));
        m.Close();
        var titles = ColumnTitles.Select(page.L).ToArray();
        page.Rng.Shuffle(titles);
        var listed = page.Chance(0.6);
        for (var i = 0; i < columns; i++)
        {
            m.Open("div");
            m.Text(
                page.Pick(["p", "h3", "h4"]),
                $"text-xs font-semibold uppercase tracking-wider {c.Heading}",
                titles[i]
            );
            var links = page.Nav.Skip(i).Take(page.Next(2, 4));
            if (listed)
            {
                m.Open("ul", $"{page.S("mt", 3, 4)} {page.Pick(["space-y-1", "space-y-2", "space-y-3"])}");
                foreach (var link in links)
                    m.Open("li").Text("a", $"text-sm {c.Muted} hover:underline", link, "href=\"#\"").Close();
                m.Close();
            }
            else
            {
                FooterLinks(
                    m,
                    page,
                    links,
                    $"{page.S("mt", 3, 4)} flex flex-col {page.Pick(["gap-1", "gap-2", "gap-3"])}"
                );
            }
            m.Close();
        }
        if (signUp)
        {
            m.Open("div", $"col-span-2 {t.Bp}col-span-2");
            m.Text(
                "p",
                $"font-semibold {c.Heading}",
                page.Pick([page.L("Newsletter"), page.L("Stay in touch"), page.L("Get our news")])
            );
            m.Open("form", $"{page.S("mt", 3, 4)} flex {page.S("gap", 2, 3)}");
            m.Void("input", t.Input, "type=\"email\" placeholder=\"" + page.L("you@example.com") + "\"");
            m.Text(
                "button",
                t.Button,
                page.Pick([page.L("Join"), page.L("Subscribe"), page.L("Sign up")]),
                "type=\"submit\""
            );
            m.Close().Close();
        }
        m.Close();
    }

    /// <summary>The copyright under the columns, alone or with legal links beside it.</summary>
    private static void LegalRow(Markup m, PageContext page, int year)
    {
        var c = page.C;
        var classes = $"{page.S("mt", 6, 10)} {page.S("pt", 5, 8)} border-t {c.Border} text-xs {c.Muted}";
        if (page.Chance(0.5))
        {
            m.Text("p", classes, $"© {year} {page.Name} · {page.Domain}");
            return;
        }
        m.Open("div", $"{classes} flex flex-col {page.T.Bp}flex-row justify-between {page.S("gap", 2, 4)}");
        m.Text(
            "p",
            "",
            page.F("© {0} {1}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Name)
        );
        FooterLinks(m, page, [page.L("Privacy"), page.L("Terms"), page.L("Cookies")], $"flex {page.S("gap", 3, 5)}");
        m.Close();
    }

    private static void FooterLinks(Markup m, PageContext page, IEnumerable<string> links, string classes)
    {
        m.Open(page.Pick(["div", "nav"]), classes);
        foreach (var link in links)
            m.Text("a", $"text-sm {page.C.Muted} hover:underline", link, "href=\"#\"");
        m.Close();
    }

    private static void Social(Markup m, PageContext page, bool centred)
    {
        var round = page.Chance(0.5);
        var c = page.C;
        var hover = page.Pick([
            "hover:opacity-75",
            c.Dark ? "hover:text-white" : "hover:text-gray-900",
            $"hover:text-{c.Primary}-{(c.Dark ? "300" : "600")}",
            "transform hover:-translate-y-0.5",
        ]);
        m.Open(
            "div",
            $"{page.S("mt", 4, 8)} flex {(centred ? "justify-center " : "")}{page.S("gap", 3, 5)} {page.C.Muted}"
        );
        foreach (var icon in new[] { Icons.Mail, Icons.Pin, Icons.User, Icons.Star }.Take(page.Next(2, 4)))
        {
            var box = round ? $"p-2 rounded-full border {c.Border} {hover}" : hover;
            m.Open("a", box, "href=\"#\" aria-label=\"" + page.L("Social link") + "\"").Icon(icon, "w-5 h-5").Close();
        }
        m.Close();
    }
}
