using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// Running text as writers compose it: a random sequence of paragraphs, subheadings, quotes, lists, figures and
/// callouts, so long-form pages (articles, docs, letters) differ in shape and not only in words.
/// </summary>
internal static class Prose
{
    public static void Body(Markup m, PageContext page, int blocks)
    {
        var t = page.T;
        var c = page.C;
        m.Text(
            "p",
            page.Pick([
                "text-lg",
                "text-xl",
                "",
                "text-lg leading-relaxed",
                "text-xl font-light",
                $"text-lg sm:text-xl {c.Heading}",
            ]),
            page.Write.Paragraph(2)
        );
        var quote = page.Pick([
            $"border-l-4 border-{c.Primary}-{page.Pick(["300", "500"])} {page.S("pl", 3, 6)} italic {c.Heading}",
            $"border-l-2 border-{c.Accent}-{page.Pick(["400", "600"])} {page.S("pl", 4, 6)} text-lg font-medium {c.Heading}",
            $"{page.S("py", 2, 4)} text-center text-xl sm:text-2xl font-light italic {c.PrimaryText}",
            $"{page.S("p", 4, 6)} {t.Radius} {t.AccentSoft} italic",
        ]);
        var bullets = page.Pick(["pl", "pl", "inside"]);
        for (var i = 0; i < blocks; i++)
        {
            switch (page.Rng.Next(8))
            {
                case 0:
                    m.Text(
                        i % 2 == 0 ? "h2" : "h3",
                        $"{page.Pick(["text-xl", "text-2xl"])} {t.HeadingWeight} {c.Heading}",
                        page.Write.Headline()
                    );
                    break;
                case 1:
                    m.Text("blockquote", quote, page.Write.Sentence());
                    break;
                case 2:
                    var ordered = page.Chance(0.4);
                    m.Open(
                        ordered ? "ol" : "ul",
                        $"{(ordered ? "list-decimal" : "list-disc")} {(bullets == "pl" ? page.S("pl", 5, 8) : "list-inside")} {page.S("space-y", 1, 2)}"
                    );
                    for (var item = page.Next(2, 4); item > 0; item--)
                        m.Text("li", "", page.Write.Sentence());
                    m.Close();
                    break;
                case 3:
                    var caption = page.Write.Headline();
                    m.Open("figure");
                    m.Image(
                        page.Image(960, 540, page.PhotoPurpose, caption),
                        caption,
                        $"w-full {page.H(56, 72)} object-cover {t.Radius}"
                    );
                    m.Text("figcaption", $"mt-2 text-sm {c.Muted}", caption);
                    m.Close();
                    break;
                case 4:
                    m.Open("div", $"{page.S("p", 3, 5)} {t.Radius} {t.AccentSoft} text-sm flex gap-3");
                    m.Icon(page.Pick([Icons.Bolt, Icons.Star, Icons.Check]), "w-5 h-5 flex-shrink-0");
                    m.Text("p", "", page.Write.Sentence());
                    m.Close();
                    break;
                default:
                    m.Text("p", "", page.Write.Paragraph(page.Next(1, 3)));
                    break;
            }
        }
    }
}
