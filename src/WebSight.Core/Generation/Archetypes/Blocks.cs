using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Content sections several archetypes share; each draws its own layout from the page's tokens and RNG.</summary>
internal static class Blocks
{
    /// <summary>A heading with the page's optional eyebrow, rule, lead sentence and side action.</summary>
    public static void Heading(Markup m, PageContext page, string title, bool withLead = true)
    {
        var t = page.T;
        var a = t.Anatomy;
        var actions = a.HeadingActions && !t.Centred;
        if (actions)
            m.Open(
                "div",
                $"flex flex-col {t.Bp}flex-row {t.Bp}items-end justify-between {page.S("gap", 3, 5)} {page.S("mb", 6, 12)}"
            );
        var width = page.Pick([
            "max-w-2xl",
            "max-w-3xl",
            "max-w-xl",
            "max-w-prose",
            "max-w-xl lg:max-w-2xl",
            "md:max-w-2xl xl:max-w-3xl",
            $"{t.Bp}w-3/4 lg:w-2/3",
        ]);
        m.Open(
            a.HeadTag,
            $"{(t.Centred ? "text-center mx-auto " : "")}{width}{(actions ? "" : " " + page.S("mb", 6, 12))}"
        );
        if (a.Eyebrow)
            m.Text(
                "p",
                $"text-xs font-semibold uppercase tracking-widest {(a.AccentBadges ? t.AccentText : page.C.PrimaryText)} {page.S("mb", 1, 4)}",
                page.Write.Keyword()
            );
        m.Text(a.TitleTag, t.H2, title);
        if (a.Divider)
            m.Raw(
                $"<div class=\"{page.S("mt", 2, 5)} {(t.Centred ? "mx-auto " : "")}w-{page.Pick(["12", "16", "20"])} h-1 {page.C.PrimaryBg.Split(' ')[0]} rounded\"></div>"
            );
        if (withLead)
            m.Text("p", $"{page.S("mt", 2, 5)} {t.Subtitle} {page.C.Muted}", page.Write.Sentence());
        m.Close();
        if (actions)
            m.Text(
                    "a",
                    t.GhostButton,
                    page.Pick([page.L("View all"), page.L("See more"), page.L("Browse all")]),
                    "href=\"#\""
                )
                .Close();
    }

    /// <summary>Cards of icon, title and sentence in a grid of two to four columns.</summary>
    public static Section Features(PageContext page, bool optional = true)
    {
        var t = page.T;
        var m = new Markup();
        var columns = page.Next(2, 4);
        var iconBox = page.Pick([
            $"w-10 h-10 {t.ButtonRadius} {page.C.Soft}",
            $"w-12 h-12 rounded-full {page.C.PrimaryBg}",
            $"w-11 h-11 {t.Radius} {t.AccentSoft}",
            "w-8 h-8 " + page.C.PrimaryText,
        ]);
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {t.SectionY}");
        m.Open("div", t.Container);
        Heading(m, page, page.Write.Headline());
        // Some pages lay cards out the older way: a wrapping flex row with gutters cancelled by a negative margin.
        var gutter = page.Chance(0.3) ? page.Pick(["2", "3", "4"]) : null;
        var cell = columns switch
        {
            2 => $"w-full {t.Bp}w-1/2",
            3 => $"w-full md:w-1/2 {t.Wide}w-1/3",
            _ => $"w-full sm:w-1/2 {t.Wide}w-1/4",
        };
        m.Open("div", gutter is null ? t.Grid(columns) : $"flex flex-wrap -mx-{gutter}");
        var features = page
            .Category.Features.OrderBy(_ => page.Rng.Next())
            .Take(columns == 4 ? 4 : columns * page.Next(1, 2))
            .ToList();
        foreach (var feature in features)
        {
            if (gutter is not null)
                m.Open("div", $"{cell} px-{gutter} {page.S("mb", 6, 10)}");
            Card(m, page, feature.Title, iconBox, gutter is null ? "" : " h-full");
            if (gutter is not null)
                m.Close();
        }
        m.Close().Close().Close();
        return new Section($"features/grid-{columns}", m.Take(), optional);
    }

    /// <summary>A card whose optional parts (picture or icon, badge, meta line, footer link) follow the page's anatomy.</summary>
    public static void Card(Markup m, PageContext page, string title, string iconBox, string fill = "")
    {
        var t = page.T;
        var a = t.Anatomy;
        var side = a.Media == 3;
        var states = t.States;
        var group = t.TitleHover.Length > 0 || states.CardGlow.Length > 0 ? " group" : "";
        var glow = group.Length > 0 && states.CardGlow.Length > 0 ? " " + states.CardGlow : "";
        // A card that reacts to the pointer may light its icon up with it.
        var lift =
            group.Length > 0 && page.Chance(0.5)
                ? $" transition group-hover:bg-{page.C.Primary}-{page.Next(5, 7) * 100} group-hover:text-white"
                : "";
        m.Open("div", side ? $"{t.Card} flex {page.S("gap", 3, 5)}{group}{glow}{fill}" : t.Card + group + glow + fill);
        if (a.Media == 1)
            m.Image(
                page.Image(480, 300, page.PhotoPurpose, title),
                title,
                $"w-full {page.H(40, 48)} object-cover {t.Radius} {page.S("mb", 3, 6)}{(group.Length > 0 && states.Picture.Length > 0 ? " " + states.Picture : "")}"
            );
        else if (a.Media is 0 or 3)
            m.Open(
                    "div",
                    $"{iconBox} flex-shrink-0 flex items-center justify-center{(side ? "" : " " + page.S("mb", 3, 6))}{lift}"
                )
                .Icon(page.Pick(Icons.Feature), "w-5 h-5")
                .Close();
        if (a.WrapInner || side)
            m.Open("div");
        if (a.Badge)
            m.Text("span", $"{t.Badge} {page.S("mb", 1, 3)}", page.Write.Keyword());
        m.Text("h3", t.H3 + t.TitleHover, title);
        if (a.Meta)
            m.Text("p", $"text-xs {page.C.Muted}", $"{page.Write.ShortDate()} · {page.Write.City()}");
        m.Text("p", $"{page.S("mt", 1, 4)} {t.Para}", page.Write.Sentence());
        if (a.FooterLink)
            m.Open(
                    "a",
                    $"{page.S("mt", 3, 6)} inline-flex items-center {page.S("gap", 1, 2)} text-sm {t.Link}",
                    "href=\"#\""
                )
                .Raw(page.Pick([page.L("Learn more"), page.L("Details"), page.L("Read more")]))
                .Icon(
                    Icons.Chevron,
                    group.Length > 0 && states.Reveal.Length > 0 ? "w-4 h-4 " + states.Reveal : "w-4 h-4"
                )
                .Close();
        if (a.WrapInner || side)
            m.Close();
        m.Close();
    }

    /// <summary>A row of figures: plain, boxed or divided.</summary>
    public static Section Stats(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        var boxed = page.Chance(0.5);
        m.Open(
            page.T.Anatomy.SectionTag,
            $"{(boxed ? page.C.Page : page.C.Band + " " + page.C.BandText)} {t.SectionY}"
        );
        // Figures on the band may be parted by thin rules once they stand in one row.
        var ruled =
            !boxed && page.Chance(0.4)
                ? $" {t.Bp}divide-x {(page.C.BandText == "text-white" ? "divide-white" : "divide-black")} divide-opacity-{page.Pick(["10", "20", "25", "30"])}"
                : "";
        m.Open("div", $"{t.Container} grid grid-cols-2 {t.Bp}grid-cols-4 {t.Gap} text-center{ruled}");
        foreach (var stat in page.Category.Stats.Take(4))
        {
            m.Open("div", boxed ? t.Card : "");
            m.Text(
                "p",
                $"text-3xl {t.HeadingWeight} {(boxed ? page.C.PrimaryText : "")} {t.States.Numerals}".Trim(),
                stat.Value
            );
            m.Text("p", $"{page.S("mt", 1, 2)} text-sm {(boxed ? page.C.Muted : page.C.BandMuted)}", stat.Label);
            m.Close();
        }
        m.Close().Close();
        return new Section($"stats/{(boxed ? "cards" : "band")}", m.Take(), true);
    }

    /// <summary>Quotes with a portrait, name and role, in one to three columns.</summary>
    public static Section Testimonials(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        var count = page.Next(1, 3);
        m.Open(page.T.Anatomy.SectionTag, $"{page.Pick([page.C.Page, t.Wash])} {t.SectionY}");
        m.Open("div", t.Container);
        Heading(
            m,
            page,
            page.Pick([
                page.L("What people say"),
                page.F("Why people choose {0}", page.Name),
                page.L("Kind words"),
                page.L("From our customers"),
            ]),
            false
        );
        m.Open("div", t.Grid(count));
        for (var i = 0; i < count; i++)
        {
            var person = page.Write.Person();
            m.Open("figure", t.Card);
            m.Text(
                "blockquote",
                $"{(count == 1 ? "text-xl" : "text-base")} {t.Leading} {page.C.Text}",
                "“" + page.Write.Paragraph(count == 1 ? 2 : 1) + "”"
            );
            m.Open("figcaption", "mt-4 flex items-center gap-3");
            m.Image(
                page.Image(64, 64, "portrait", person),
                person,
                $"{page.Pick(["w-10 h-10", "w-12 h-12", "w-14 h-14"])} rounded-full object-cover {t.Ring}".TrimEnd()
            );
            m.Open("div");
            m.Text("p", $"text-sm font-semibold {page.C.Heading}", person);
            m.Text("p", "text-xs " + page.C.Muted, page.Write.JobTitle());
            m.Close().Close().Close();
        }
        m.Close().Close().Close();
        return new Section($"testimonials/cols-{count}", m.Take(), true);
    }

    /// <summary>A call to action on the band colour, centred or split with its button.</summary>
    public static Section CallToAction(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        var split = page.Chance(0.5);
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Band} {page.C.BandText} {t.SectionY}");
        m.Open(
            "div",
            $"{t.Container} {(split ? $"flex flex-col {t.Bp}flex-row {t.Bp}items-center justify-between {page.S("gap", 5, 8)}" : "text-center")}"
        );
        m.Open("div", split ? "" : "max-w-2xl mx-auto");
        m.Text("h2", $"{t.Title} {t.HeadingWeight}", page.Write.Headline());
        m.Text("p", $"{page.S("mt", 1, 3)} {page.C.BandMuted}", page.Write.Sentence());
        m.Close();
        m.Text(
            "a",
            $"{(split ? "" : "mt-6 ")}inline-block {page.S("px", 5, 8)} {page.S("py", 2, 4)} {t.ButtonRadius} bg-white text-gray-900 font-semibold",
            page.Pick(page.Category.Heroes).Cta,
            "href=\"#\""
        );
        m.Close().Close();
        return new Section($"cta/{(split ? "split" : "centred")}", m.Take(), true);
    }

    /// <summary>Questions with answers, as a list or in two columns.</summary>
    public static Section Faq(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        var twoColumns = page.Chance(0.5);
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {t.SectionY}");
        m.Open("div", t.Container);
        Heading(
            m,
            page,
            page.Pick([page.L("Frequently asked questions"), page.L("Questions and answers"), page.L("Good to know")]),
            false
        );
        m.Open("dl", twoColumns ? t.Grid(2) : $"max-w-3xl {(t.Centred ? "mx-auto " : "")}divide-y {page.T.Divide}");
        foreach (var faq in page.Category.Faq.OrderBy(_ => page.Rng.Next()).Take(page.Next(3, 4)))
        {
            m.Open("div", twoColumns ? "" : "py-4");
            m.Text("dt", $"font-semibold {page.C.Heading}", page.Chance(0.3) ? faq.Question : page.Write.Question());
            m.Text("dd", $"{page.S("mt", 1, 2)} {t.Para}", page.Write.Sentence());
            m.Close();
        }
        m.Close().Close().Close();
        return new Section($"faq/{(twoColumns ? "grid" : "list")}", m.Take(), true);
    }

    /// <summary>A sign-up line for the newsletter: inline field and button.</summary>
    public static Section Subscribe(PageContext page)
    {
        var t = page.T;
        var m = new Markup();
        m.Open(page.T.Anatomy.SectionTag, $"{page.C.Surface} {t.SectionY}");
        m.Open("div", $"{t.Container} {t.Align} max-w-xl");
        m.Text(
            "h2",
            t.H2,
            page.Pick([page.L("Stay in the loop"), page.L("Get our letter"), page.F("News from {0}", page.Name)])
        );
        m.Text("p", $"{page.S("mt", 1, 3)} {t.Para}", page.Write.Sentence());
        m.Open("form", $"{page.S("mt", 4, 6)} flex flex-col sm:flex-row {page.S("gap", 2, 4)}");
        m.Void("input", t.Input, "type=\"email\" placeholder=\"" + page.L("you@example.com") + "\"");
        m.Text("button", t.Button + " whitespace-nowrap", page.L("Subscribe"), "type=\"submit\"");
        m.Close().Close().Close();
        return new Section("subscribe/inline", m.Take(), true);
    }
}
