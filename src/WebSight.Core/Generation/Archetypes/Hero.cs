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
        var layout = page.Rng.Next(4);
        var banded = layout == 2;
        // Layout 3 splits text and picture by fractional widths in a flex row, the picture on either side.
        var (textWidth, pictureWidth) = page.Pick([
            ("w-1/2", "w-1/2"),
            ("w-3/5", "w-2/5"),
            ("w-7/12", "w-5/12"),
            ("w-5/12", "w-7/12"),
            ("w-2/3", "w-1/3"),
            ("w-2/5", "w-3/5"),
        ]);
        var pictureFirst = page.Chance(0.4);
        // Split heroes may centre their text on phones, where it sits above the picture, and align it left beside it.
        var split = layout is 1 or 3 ? (layout == 1 ? t.Bp : t.Wide) : "";
        var phoneCentred = split.Length > 0 && page.Chance(0.4);
        var align = phoneCentred ? $"text-center {split}text-left" : "";
        var justify =
            split.Length == 0 ? "justify-center "
            : phoneCentred ? $"justify-center {split}justify-start "
            : "";
        m.Open(
            "section",
            $"{(banded ? c.Band + " " + c.BandText : t.Wash)} {page.Pick(["py-12", "py-16", "py-20", $"py-16 {t.Bp}py-24"])}"
        );
        m.Open(
            "div",
            layout switch
            {
                1 => $"{t.Container} grid {t.Bp}grid-cols-2 {t.Gap} items-center",
                3 => $"{t.Container} flex flex-col {t.Wide}flex-row items-center {t.Gap}",
                _ => $"{t.Container} text-center",
            }
        );
        m.Open(
            "div",
            layout switch
            {
                1 => $"{align}{(pictureFirst ? $" {t.Bp}order-2" : "")}".Trim(),
                3 =>
                    $"w-full {t.Wide}{textWidth}{(pictureFirst ? $" {t.Wide}order-last" : "")}{(align.Length > 0 ? " " + align : "")}",
                _ => $"{page.Pick(["max-w-2xl", "max-w-3xl", "max-w-4xl"])} mx-auto",
            }
        );
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
        // Some pages stack the buttons full width on phones and set them side by side from sm up.
        var stacked = page.Chance(0.3);
        var fit = stacked ? " w-full sm:w-auto text-center" : "";
        m.Open(
            "div",
            $"{page.S("mt", 6, 10)} flex {(stacked ? "flex-col sm:flex-row" : "flex-wrap")} {justify}{page.S("gap", 2, 4)}"
        );
        m.Text(
            "a",
            banded
                ? $"{page.S("px", 5, 8)} {page.S("py", 2, 4)} {t.ButtonRadius} bg-white text-gray-900 font-semibold{fit}"
                : t.Button + fit,
            action ?? page.Pick(page.Category.Heroes).Cta,
            "href=\"#\""
        );
        if (page.Chance(0.5))
            m.Text(
                "a",
                banded
                    ? $"{page.S("px", 5, 8)} {page.S("py", 2, 4)} {t.ButtonRadius} border border-white font-semibold{fit}"
                    : t.GhostButton + fit,
                page.Pick(page.Nav),
                "href=\"#\""
            );
        m.Close();
        Proof(m, page, justify);
        m.Close();
        if (layout == 0 && page.Chance(0.4))
            m.Image(
                page.Image(1200, 520, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"{page.S("mt", 8, 12)} w-full {page.H(56, 72)} object-cover {t.Radius} {t.Shadow}"
            );
        if (layout == 1)
            m.Image(
                page.Image(720, 540, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"w-full {page.H(64, 80)} object-cover {t.Radius} {t.Shadow}{(pictureFirst ? $" {t.Bp}order-1" : "")}"
            );
        if (layout == 3)
            m.Image(
                page.Image(800, 600, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"w-full {t.Wide}{pictureWidth} {page.Pick(["h-64", "h-72", "h-80"])} {t.Wide}h-{page.Pick(["96", "80"])} object-cover {t.Radius} {t.Shadow}"
            );
        m.Close().Close();
        return new Section($"hero/layout-{layout}", m.Take(), optional);
    }

    /// <summary>Social proof under the buttons on some pages: overlapping faces or a row of small figures.</summary>
    private static void Proof(Markup m, PageContext page, string justify)
    {
        var kind = page.Rng.Next(3);
        if (kind == 0)
            return;
        if (kind == 1)
        {
            m.Open("div", $"{page.S("mt", 6, 10)} flex {justify}items-center gap-3");
            m.Open("div", "flex -space-x-2");
            for (var i = 0; i < 4; i++)
                m.Image(
                    page.Image(64, 64, "portrait", "customer"),
                    "",
                    "w-8 h-8 rounded-full ring-2 ring-white object-cover"
                );
            m.Close();
            m.Text(
                "p",
                "text-sm opacity-75",
                page.Write.Locale.IsEnglish
                    ? $"Loved by {page.Write.Amount(200, 9000)} {page.Pick(Copy.Phrases.Audiences)}"
                    : page.F("Loved by {0} customers", page.Write.Amount(200, 9000))
            );
            m.Close();
            return;
        }
        m.Open("dl", $"{page.S("mt", 6, 10)} flex {justify}gap-8");
        foreach (var stat in page.Category.Stats.Take(3))
            m.Open("div")
                .Text("dt", "text-xl font-bold", stat.Value)
                .Text("dd", "text-xs opacity-75", stat.Label)
                .Close();
        m.Close();
    }
}
