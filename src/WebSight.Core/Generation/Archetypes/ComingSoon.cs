using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A one-screen page: a launch countdown with a sign-up field, or a 404 with a way back.</summary>
internal sealed class ComingSoon : IArchetype
{
    public string Name => "coming-soon";

    public string Description => "a coming-soon or not-found page";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var c = page.C;
        var m = new Markup();
        var notFound = page.Chance(0.4);
        var banded = page.Chance(0.5);
        m.Open(
            "main",
            $"min-h-screen flex flex-col items-center justify-center text-center {page.S("p", 6, 10)} {(banded ? c.Band + " " + c.BandText : c.Page)}"
        );
        m.Text(
            "p",
            $"text-sm font-semibold uppercase tracking-widest {(banded ? c.BandMuted : c.PrimaryText)}",
            page.Name
        );
        if (notFound)
            NotFound(m, page, banded);
        else
            Countdown(m, page, banded);
        return [new Section($"one-screen/{(notFound ? "not-found" : "countdown")}", m.Take(), false)];
    }

    /// <summary>A 404: the code, a line of regret, and the ways back.</summary>
    private static void NotFound(Markup m, PageContext page, bool banded)
    {
        var t = page.T;
        var c = page.C;
        m.Text(
            "h1",
            $"{page.S("mt", 3, 5)} {page.Pick([$"text-7xl {t.Bp}text-9xl font-black", $"text-8xl {t.Bp}text-9xl font-extrabold leading-none", "text-6xl sm:text-8xl font-thin tracking-widest", $"text-8xl font-light {t.Tracking}"])}",
            "404"
        );
        m.Text(
            "p",
            $"{page.S("mt", 3, 5)} text-2xl {t.HeadingWeight}",
            page.Pick([page.L("Page not found"), page.L("This page wandered off"), page.L("Nothing here")])
        );
        m.Text("p", $"{page.S("mt", 2, 4)} max-w-md {(banded ? c.BandMuted : c.Muted)}", page.Write.Sentence());
        m.Open("div", "mt-8 flex flex-wrap justify-center gap-3");
        m.Text(
            "a",
            banded ? $"{page.S("px", 4, 6)} py-2.5 {t.ButtonRadius} bg-white text-gray-900 font-semibold" : t.Button,
            page.L("Back to home"),
            "href=\"#\""
        );
        foreach (var link in page.Nav.Take(2))
            m.Text(
                "a",
                $"{page.S("px", 4, 6)} py-2.5 {t.ButtonRadius} border {(banded ? "border-white" : c.Border)} font-semibold",
                link,
                "href=\"#\""
            );
        m.Close();
    }

    /// <summary>A launch page: a headline, a countdown and a sign-up form.</summary>
    private static void Countdown(Markup m, PageContext page, bool banded)
    {
        var t = page.T;
        var c = page.C;
        m.Text(
            "h1",
            $"{page.S("mt", 3, 5)} {t.Display} {t.HeadingWeight} {t.Tracking} max-w-3xl",
            page.Write.Headline()
        );
        m.Text(
            "p",
            $"{page.S("mt", 3, 5)} max-w-xl {t.Subtitle} {(banded ? c.BandMuted : c.Muted)}",
            page.Write.Sentence()
        );
        var box = page.Pick(["w-20", "w-16 sm:w-20", "w-16 sm:w-24", "w-16 md:w-28"]);
        var digits = page.Pick([
            "text-3xl font-bold",
            "text-4xl font-extralight",
            "text-3xl sm:text-5xl font-thin",
            "text-3xl sm:text-4xl font-semibold",
        ]);
        m.Open("div", "mt-10 grid grid-cols-4 gap-3");
        foreach (
            var (value, unit) in new[]
            {
                (page.Next(1, 60), page.L("days")),
                (page.Next(0, 23), page.L("hours")),
                (page.Next(0, 59), page.L("minutes")),
                (page.Next(0, 59), page.L("seconds")),
            }
        )
            m.Open("div", $"{box} {page.S("py", 2, 4)} {t.Radius} {(banded ? "bg-white bg-opacity-10" : c.Surface)}")
                .Text(
                    "p",
                    $"{digits} tabular-nums",
                    value.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                )
                .Text("p", "text-xs uppercase", unit)
                .Close();
        m.Close();
        m.Open("form", "mt-10 w-full max-w-md flex gap-2");
        m.Void(
            "input",
            t.Input + " text-gray-900",
            "type=\"email\" placeholder=\"" + page.L("Email for launch news") + "\""
        );
        m.Text(
            "button",
            (banded ? $"{page.S("px", 4, 6)} py-2 {t.ButtonRadius} bg-white text-gray-900 font-semibold" : t.Button)
                + " whitespace-nowrap",
            page.L("Notify me"),
            "type=\"submit\""
        );
        m.Close();
    }
}
