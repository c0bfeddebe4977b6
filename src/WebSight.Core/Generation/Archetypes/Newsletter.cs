using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>An email newsletter: one narrow column on a tinted backdrop, a banner, stories with pictures, a button.</summary>
internal sealed class Newsletter : IArchetype
{
    public string Name => "newsletter";

    public string Description => "an email newsletter";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var reader = page.Write.FirstName();
        m.Open("div", $"{c.Surface} {page.S("py", 8, 12)} {page.S("px", 3, 5)}");
        m.Open("div", $"{page.Pick(["max-w-xl", "max-w-2xl"])} mx-auto {c.Card} {t.Radius} {t.Shadow} overflow-hidden");
        m.Open(
            "div",
            $"{c.Band} {c.BandText} {page.S("px", 6, 10)} {page.S("py", 5, 8)} flex items-center justify-between"
        );
        m.Text("p", "text-xl font-bold", page.Name);
        m.Text("p", $"text-xs {c.BandMuted}", page.Write.LongDate());
        m.Close();
        if (page.Chance(0.6))
            m.Image(
                page.Image(1200, 500, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"w-full {page.H(44, 60)} object-cover"
            );
        m.Open("div", "px-8 py-8 space-y-6");
        m.Text("h1", $"text-2xl {t.HeadingWeight} {c.Heading}", page.Write.Headline());
        m.Text("p", t.Para, page.F("Hi {0}, ", reader) + page.Write.Paragraph(2));
        if (page.Chance(0.5))
            Prose.Body(m, page, page.Next(1, 3));
        for (var i = page.Next(2, 3); i > 0; i--)
        {
            var stub = page.Pick(page.Category.Articles);
            m.Open("div", $"flex {page.S("gap", 3, 5)} {page.S("pt", 5, 8)} border-t {c.Border.Split(' ')[0]}");
            m.Image(
                page.Image(200, 200, page.PhotoPurpose, stub.Tag),
                stub.Title,
                $"w-24 h-24 flex-shrink-0 object-cover {t.Radius}"
            );
            m.Open("div");
            m.Text("h2", $"font-semibold {c.Heading}", page.Write.Headline());
            m.Text("p", $"{page.S("mt", 1, 2)} text-sm {c.Text}", page.Write.Sentence());
            m.Text("a", $"{page.S("mt", 1, 3)} inline-block text-sm {t.Link}", page.L("Read more"), "href=\"#\"");
            m.Close().Close();
        }
        m.Open("div", "text-center pt-4");
        m.Text("a", t.Button, page.Pick(page.Category.Heroes).Cta, "href=\"#\"");
        m.Close().Close();
        m.Open(
            "div",
            $"{page.S("px", 6, 10)} {page.S("py", 5, 8)} {c.Surface} text-center text-xs {c.Muted} {page.S("space-y", 1, 2)}"
        );
        m.Text("p", "", $"{page.Name} · {page.Write.Street()}, {page.Write.City()}");
        m.Text("p", "", page.F("You receive this because you subscribed at {0}. Unsubscribe any time.", page.Domain));
        m.Close().Close().Close();
        return [new Section("email/single-column", m.Take(), false)];
    }
}
