using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A blog's front page: a featured post, then a grid or list of posts, pagination and a sign-up.</summary>
internal sealed class BlogIndex : IArchetype
{
    public string Name => "blog-index";

    public string Description => "a blog index";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page), Featured(page), Posts(page), Blocks.Subscribe(page), Chrome.Footer(page)];

    private static Section Featured(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var stub = page.Pick(page.Category.Articles);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Surface} {t.SectionY}");
        m.Open("div", $"{t.Container} grid {t.Bp}grid-cols-2 {t.Gap} items-center");
        m.Image(
            page.Image(800, 500, page.PhotoPurpose, stub.Tag),
            stub.Title,
            $"w-full {page.H(56, 80)} object-cover {t.Radius} {t.Shadow}"
        );
        m.Open("div");
        m.Text("span", t.Badge, page.F("Featured · {0}", stub.Tag));
        m.Text("h1", $"{page.S("mt", 2, 4)} {t.H2}", page.Write.Headline());
        m.Text("p", $"{page.S("mt", 2, 4)} {t.Para}", page.Write.Paragraph(2));
        m.Text("a", $"{page.S("mt", 3, 5)} inline-block {t.Link}", page.L("Read the story →"), "href=\"#\"");
        m.Close().Close().Close();
        return new Section("blog/featured", m.Take(), false);
    }

    private static Section Posts(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var list = page.Chance(0.4);
        var columns = page.Next(2, 3);
        m.Open(page.T.Anatomy.SectionTag, $"{c.Page} {t.SectionY}");
        m.Open("div", t.Container);
        m.Text(
            "h2",
            t.H2 + " mb-6",
            page.Pick([
                page.L("Latest posts"),
                page.L("From the journal"),
                page.L("Recent stories"),
                page.L("News and notes"),
            ])
        );
        m.Open("div", list ? $"divide-y {page.T.Divide}" : t.Grid(columns));
        var thumb = page.Pick([
            "w-40 h-28",
            "w-24 h-24 sm:w-40 sm:h-28 flex-shrink-0",
            "w-28 h-20 md:w-48 md:h-32 flex-shrink-0",
        ]);
        var picture = t.States.Picture.Length > 0 ? " " + t.States.Picture : "";
        var tag = page.Pick(["", " tracking-wide", " tracking-wider"]);
        var group = t.TitleHover.Length > 0 || picture.Length > 0 ? "group" : "";
        foreach (var stub in page.Category.Articles.OrderBy(_ => page.Rng.Next()).Take(list ? 4 : columns * 2))
        {
            m.Open("article", list ? $"py-5 flex {page.S("gap", 3, 5)} {group}".TrimEnd() : group);
            m.Image(
                page.Image(400, 260, page.PhotoPurpose, stub.Tag),
                stub.Title,
                (list ? $"{thumb} object-cover {t.Radius}" : $"w-full {page.H(40, 52)} object-cover {t.Radius}")
                    + picture
            );
            m.Open("div", list ? "min-w-0" : "mt-3");
            m.Text("p", $"text-xs font-semibold uppercase{tag} {c.PrimaryText}", stub.Tag);
            m.Text("h3", $"{page.S("mt", 1, 2)} {t.H3}{t.TitleHover}", page.Write.Headline());
            m.Text("p", $"{page.S("mt", 1, 2)} text-sm {c.Muted}", page.Write.Sentence());
            m.Text("p", $"{page.S("mt", 1, 3)} text-xs {c.Muted}", $"{page.Write.Person()} · {page.Write.ShortDate()}");
            m.Close().Close();
        }
        m.Close().Close().Close();
        return new Section($"blog/{(list ? "list" : "grid-" + columns)}", m.Take(), false);
    }
}
