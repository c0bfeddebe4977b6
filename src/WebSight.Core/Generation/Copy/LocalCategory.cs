namespace WebSight.Core.Generation.Copy;

/// <summary>
/// A catalogue category rewritten in the page's language: the same shape (so every archetype composes it as it
/// is), its names, keywords, products and menu from the language's word file, its titles and lines from the
/// language's grammar and word lists. Business names stay: they are brands.
/// </summary>
internal static class LocalCategory
{
    public static Category Build(Category source, LocalWriter local, Copywriter writer)
    {
        var words = local.Words;
        var products = words
            .Products.Select(name => new Product(name, writer.Price(4, 180), writer.Sentence()))
            .ToList();
        var plans = Enumerable
            .Range(0, 3)
            .Select(i => new Plan(
                local.Word("plan"),
                writer.Locale.WholePrice(writer.Number(9 + 20 * i, 29 + 60 * i)),
                writer.L(i == 2 ? "year" : "month"),
                Enumerable.Range(0, 4 + i).Select(_ => local.Word("perk")).Distinct().ToList()
            ))
            .ToList();
        return new Category
        {
            Slug = source.Slug,
            Name = words.Name,
            IdeaPhrase = source.IdeaPhrase,
            Keywords = [.. words.Keywords],
            Nav = [.. words.Nav],
            Businesses = source.Businesses,
            Heroes = Many(3, () => new Hero(local.Expand("headline"), writer.Sentence(), local.Word("cta"))),
            Features = Distinct(8, () => local.Expand("feature"))
                .Select(title => new Feature(title, writer.Sentence()))
                .ToList(),
            Products = products,
            Plans = plans,
            Testimonials = Many(6, () => new Testimonial(local.Expand("quote"), writer.Person(), local.Word("role"))),
            Articles = Many(8, () => new ArticleStub(writer.Headline(), writer.Sentence(), local.Word("tag"))),
            Faq = Many(6, () => new Faq(writer.Question(), writer.Sentence())),
            Stats = Distinct(5, () => local.Word("stat"))
                .Select(label => new Stat(writer.Amount(3, 2400), label))
                .ToList(),
            TeamRoles = Distinct(6, () => local.Word("team")),
            Gallery = source.Gallery.Select(item => new GalleryItem(writer.Headline(), item.Keyword)).ToList(),
            Table = new DataTable(
                writer.L("Prices at a glance"),
                [writer.L("Item"), writer.L("Details"), writer.L("Price")],
                products
                    .Take(6)
                    .Select((p, i) => new List<string> { p.Name, words.Keywords[i % words.Keywords.Count], p.Price })
                    .ToList()
            ),
        };
    }

    private static List<T> Many<T>(int count, Func<T> make) => Enumerable.Range(0, count).Select(_ => make()).ToList();

    /// <summary>Up to <paramref name="count"/> different values (fewer if the list is short).</summary>
    private static List<string> Distinct(int count, Func<string> make)
    {
        var seen = new List<string>(count);
        for (var tries = 0; tries < count * 4 && seen.Count < count; tries++)
        {
            var value = make();
            if (!seen.Contains(value))
                seen.Add(value);
        }
        return seen;
    }
}
