using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>The opening band of a page: centred text, text beside a picture, or text over a tinted band.</summary>
internal static class Hero
{
    public static Section Write(PageContext page, string headline, string? action = null, bool optional = false)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var layout = page.Rng.Next(3);
        var banded = layout == 2;
        m.Open(
            "section",
            $"{(banded ? c.Band + " " + c.BandText : c.Page)} {page.Pick(["py-12", "py-16", "py-20", $"py-16 {t.Bp}py-24"])}"
        );
        m.Open(
            "div",
            layout == 1 ? $"{t.Container} grid {t.Bp}grid-cols-2 {t.Gap} items-center" : $"{t.Container} text-center"
        );
        m.Open("div", layout == 1 ? "" : "max-w-3xl mx-auto");
        if (page.Chance(0.5))
            m.Text(
                "span",
                banded
                    ? "inline-block mb-4 px-3 py-1 rounded-full bg-white bg-opacity-20 text-xs font-semibold"
                    : t.Badge + " mb-4",
                page.Write.Headline()
            );
        m.Text("h1", banded ? $"{t.Display} {t.HeadingWeight} {t.Tracking}" : t.H1, headline);
        m.Text("p", $"{page.S("mt", 3, 5)} {t.Subtitle} {(banded ? c.BandMuted : c.Muted)}", page.Write.Sentence());
        m.Open(
            "div",
            $"{page.S("mt", 6, 10)} flex flex-wrap {page.S("gap", 2, 4)} {(layout == 1 ? "" : "justify-center")}"
        );
        m.Text(
            "a",
            banded
                ? $"{page.S("px", 5, 8)} {page.S("py", 2, 4)} {t.ButtonRadius} bg-white text-gray-900 font-semibold"
                : t.Button,
            action ?? page.Pick(page.Category.Heroes).Cta,
            "href=\"#\""
        );
        if (page.Chance(0.5))
            m.Text(
                "a",
                banded
                    ? $"{page.S("px", 5, 8)} {page.S("py", 2, 4)} {t.ButtonRadius} border border-white font-semibold"
                    : t.GhostButton,
                page.Pick(page.Nav),
                "href=\"#\""
            );
        m.Close().Close();
        if (layout == 1)
            m.Image(
                page.Image(720, 540, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"w-full h-72 {t.Bp}h-96 object-cover {t.Radius} {t.Shadow}"
            );
        m.Close().Close();
        return new Section($"hero/layout-{layout}", m.Take(), optional);
    }
}
