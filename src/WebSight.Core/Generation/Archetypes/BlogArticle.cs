using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>One article: title, byline, lead picture, subheaded body with a quote and a list, author box.</summary>
internal sealed class BlogArticle : IArchetype
{
    public string Name => "blog-article";

    public string Description => "a blog article";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page), Article(page), Blocks.Subscribe(page), Chrome.Footer(page)];

    private static Section Article(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var stub = page.Pick(page.Category.Articles);
        var author = page.Write.Person();
        var aside = page.Chance(0.4);
        m.Open("main", $"{c.Page} {t.SectionY}");
        var split = page.Sidebar(t.Wide);
        m.Open("div", aside ? $"{t.Container} {split.Grid} {t.Gap}" : "max-w-3xl mx-auto px-6");
        m.Open("article", aside ? split.Main : "");
        m.Text("span", t.Badge, stub.Tag);
        var title = page.Write.Headline();
        m.Text("h1", $"{page.S("mt", 2, 4)} {t.H1}", title);
        m.Open("div", "mt-4 flex items-center gap-3");
        m.Image(page.Image(80, 80, "portrait", author), author, "w-10 h-10 rounded-full object-cover");
        m.Open("div")
            .Text("p", $"text-sm font-semibold {c.Heading}", author)
            .Text(
                "p",
                "text-xs " + c.Muted,
                page.Write.LongDate()
                    + " · "
                    + page.F(
                        "{0} min read",
                        page.Next(3, 12).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    )
            )
            .Close();
        m.Close();
        m.Image(
            page.Image(1200, 600, page.PhotoPurpose, stub.Tag),
            title,
            $"{page.S("mt", 6, 10)} w-full {page.H(56, 72)} object-cover {t.Radius}"
        );
        m.Open("div", $"{page.S("mt", 6, 10)} {page.S("space-y", 4, 6)} {t.Para}");
        Prose.Body(m, page, page.Next(3, 6));
        m.Close();
        if (page.Chance(0.3))
        {
            m.Close().Close();
            return new Section($"article/{(aside ? "aside" : "column")}", m.Take(), false);
        }
        m.Open("div", $"{page.S("mt", 8, 12)} flex {page.S("gap", 3, 5)} {t.Card}");
        m.Image(page.Image(96, 96, "portrait", author + " bio"), author, "w-14 h-14 rounded-full object-cover");
        m.Open("div")
            .Text("p", $"font-semibold {c.Heading}", page.F("About {0}", author))
            .Text("p", $"{page.S("mt", 1, 2)} text-sm {c.Muted}", page.Write.Sentence())
            .Close();
        m.Close().Close();
        if (aside)
        {
            // The side column may stay in view while the article scrolls past.
            var pinned = page.Chance(0.5)
                ? $" {t.Wide}sticky {t.Wide}top-{page.Pick(["6", "8", "20", "24"])} self-start"
                : "";
            m.Open("aside", $"hidden {t.Wide}block {split.Side} {page.S("space-y", 3, 5)}{pinned}".Replace("  ", " "));
            m.Text("h3", $"text-sm font-semibold uppercase tracking-wider {c.Heading}", page.L("Read next"));
            for (var i = 0; i < 3; i++)
                m.Open("a", "block", "href=\"#\"")
                    .Text("p", $"text-sm font-medium {c.Heading} hover:underline", page.Write.Headline())
                    .Text("p", "text-xs " + c.Muted, page.Write.ShortDate())
                    .Close();
            m.Close();
        }
        m.Close().Close();
        return new Section($"article/{(aside ? "aside" : "column")}", m.Take(), false);
    }
}
