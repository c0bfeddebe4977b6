using System.Globalization;
using Scriban.Runtime;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// The Scriban globals the classic section templates read (site, content). Catalogue items give titles and
/// structure; the page's copywriter writes the longer text, so classic pages do not repeat the catalogue's sentences.
/// </summary>
internal static class ClassicContent
{
    public static ScriptObject Site(PageContext page)
    {
        var nav = page.Nav.ToArray();
        return new ScriptObject
        {
            ["name"] = ScriptValues.EscapeHtml(page.Name),
            ["slogan"] = ScriptValues.EscapeHtml(page.Write.Sentence()),
            ["category"] = ScriptValues.EscapeHtml(page.Category.Name),
            ["email"] = "hello@" + page.Domain,
            ["phone"] = page.Write.Phone(),
            ["address"] = ScriptValues.EscapeHtml(page.Write.Street()),
            ["city"] = ScriptValues.EscapeHtml(page.Write.City()),
            ["year"] = page.Next(2023, 2026),
            ["nav"] = ScriptValues.ArrayOf(nav.Take(page.Next(4, Math.Min(6, nav.Length)))),
            ["keyword"] = page.Category.Keywords[0],
        };
    }

    public static ScriptObject Content(PageContext page, PreparedCategory prepared)
    {
        var category = page.Category;
        var writer = page.Write;
        // Drawn first and in this order: the page's random sequence, and so its bytes, depend on it.
        var articles = Articles(page);
        var team = Team(page);
        var features = Shuffled(page.Rng, category.Features)
            .Select(f =>
                (object?)
                    new ScriptObject
                    {
                        ["title"] = ScriptValues.EscapeHtml(f.Title),
                        ["text"] = ScriptValues.EscapeHtml(writer.Sentence()),
                    }
            );
        var testimonials = Shuffled(page.Rng, category.Testimonials)
            .Select(q =>
                (object?)
                    new ScriptObject
                    {
                        ["quote"] = ScriptValues.EscapeHtml(writer.Sentence()),
                        ["name"] = ScriptValues.EscapeHtml(writer.Person()),
                        ["role"] = ScriptValues.EscapeHtml(q.Role),
                    }
            );
        var faq = Shuffled(page.Rng, category.Faq)
            .Select(f =>
                (object?)
                    new ScriptObject
                    {
                        ["question"] = ScriptValues.EscapeHtml(writer.Question()),
                        ["answer"] = ScriptValues.EscapeHtml(writer.Sentence()),
                    }
            );
        var products = Shuffled(page.Rng, category.Products)
            .Select(p =>
                (object?)
                    new ScriptObject
                    {
                        ["name"] = ScriptValues.EscapeHtml(p.Name),
                        ["price"] = ScriptValues.EscapeHtml(p.Price),
                        ["description"] = ScriptValues.EscapeHtml(writer.Sentence()),
                    }
            );
        var gallery = Shuffled(page.Rng, category.Gallery)
            .Select(g =>
                (object?)
                    new ScriptObject
                    {
                        ["caption"] = ScriptValues.EscapeHtml(writer.Headline()),
                        ["keyword"] = ScriptValues.EscapeHtml(g.Keyword),
                    }
            );
        return new ScriptObject
        {
            ["hero"] = new ScriptObject
            {
                ["headline"] = ScriptValues.EscapeHtml(writer.Headline()),
                ["subheadline"] = ScriptValues.EscapeHtml(writer.Sentence()),
                ["cta"] = ScriptValues.EscapeHtml(page.Pick(category.Heroes).Cta),
            },
            ["features"] = ScriptValues.ArrayOf(features),
            ["products"] = ScriptValues.ArrayOf(products),
            ["plans"] = prepared.Plans,
            ["testimonials"] = ScriptValues.ArrayOf(testimonials),
            ["articles"] = articles,
            ["faq"] = ScriptValues.ArrayOf(faq),
            ["stats"] = ScriptValues.ArrayOf(Shuffled(page.Rng, prepared.Stats)),
            ["team"] = team,
            ["table"] = prepared.Table,
            ["gallery"] = ScriptValues.ArrayOf(gallery),
            ["keywords"] = ScriptValues.ArrayOf(Shuffled(page.Rng, category.Keywords)),
        };
    }

    private static ScriptArray Articles(PageContext page)
    {
        var articles = new ScriptArray();
        foreach (var stub in Shuffled(page.Rng, page.Category.Articles))
            articles.Add(
                new ScriptObject
                {
                    ["title"] = ScriptValues.EscapeHtml(page.Write.Headline()),
                    ["excerpt"] = ScriptValues.EscapeHtml(page.Write.Sentence()),
                    ["tag"] = ScriptValues.EscapeHtml(stub.Tag),
                    ["date"] = page.Write.LongDate(),
                    ["author"] = ScriptValues.EscapeHtml(page.Write.Person()),
                    ["minutes"] = page.Next(3, 12),
                }
            );
        return articles;
    }

    private static ScriptArray Team(PageContext page)
    {
        var team = new ScriptArray();
        foreach (var role in Shuffled(page.Rng, page.Category.TeamRoles))
            team.Add(
                new ScriptObject
                {
                    ["name"] = ScriptValues.EscapeHtml(page.Write.Person()),
                    ["role"] = ScriptValues.EscapeHtml(role),
                }
            );
        return team;
    }

    private static T[] Shuffled<T>(Random rng, IReadOnlyList<T> items)
    {
        var copy = items.ToArray();
        rng.Shuffle(copy);
        return copy;
    }
}
