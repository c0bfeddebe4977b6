using System.Globalization;

namespace WebSight.Core.Generation.Copy;

/// <summary>
/// Compositional sentences about one category: a dozen shapes whose slots take the category's keywords, products
/// and features, Bogus names and places, and numbers, so the number of distinct sentences grows with the seed
/// instead of cycling through a fixed pool.
/// </summary>
internal sealed class SentenceGrammar(Random rng, Category category, Copywriter writer)
{
    private const int Shapes = 12;

    public string Sentence() =>
        rng.Next(Shapes) switch
        {
            0 => $"{Pick(Phrases.Openers)}, {Pick(Phrases.Audiences)} can {Pick(Phrases.Verbs)} {Thing()} {When()}.",
            1 => $"{writer.Person()} from {writer.City()} {Pick(Phrases.PastVerbs)} {Thing()} {When()}.",
            2 => $"Our {Keyword()} team handles {Count()} {Plural()} a month, {Pick(Phrases.Qualifiers)}.",
            3 =>
                $"{Capital(Pick(Phrases.Adjectives))} {Keyword()} for {Pick(Phrases.Audiences)}, {Pick(Phrases.Qualifiers)}, {When()}.",
            4 => $"We {Pick(Phrases.Verbs)} every {Keyword()} {Pick(Phrases.Qualifiers)}, so {Pick(Phrases.Outcomes)}.",
            5 =>
                $"{Capital(Feature())} means {Pick(Phrases.Outcomes)}, as {writer.FirstName()} in {writer.City()} will tell you.",
            6 =>
                $"More than {Count()} {Pick(Phrases.Audiences)} {Pick(Phrases.PastVerbs)} {Thing()} last {Pick(Phrases.Months)}.",
            7 => $"Ask {writer.FirstName()} about {Thing()}: {Pick(Phrases.Outcomes)} {When()}.",
            8 => $"{Capital(Product())} is back {When()}, {Pick(Phrases.Qualifiers)}.",
            9 => $"Visit us at {writer.Street()} to {Pick(Phrases.Verbs)} {Thing()} {Pick(Phrases.Qualifiers)}.",
            10 => $"In {Year()}, {Count()} people chose {Thing()} because {Pick(Phrases.Outcomes)}.",
            _ => $"{Pick(Phrases.Openers)}, we offer {Feature()} to {Pick(Phrases.Audiences)} in {writer.City()}.",
        };

    /// <summary>A short heading: not a sentence, but not from a fixed list either.</summary>
    public string Headline() =>
        rng.Next(9) switch
        {
            0 => $"{Capital(Pick(Phrases.Adjectives))} {Keyword()} for {Pick(Phrases.Audiences)}",
            1 => $"{Capital(Pick(Phrases.Verbs))} {Thing()} {Pick(Phrases.Qualifiers)}",
            2 => $"{Capital(Feature())}, {Pick(Phrases.Qualifiers)}",
            3 => $"The {Keyword()} guide to {Pick(Phrases.Months)} {Year()}",
            4 => $"{Count()} reasons {Pick(Phrases.Audiences)} love {Keyword()}",
            5 => $"{Capital(Product())}: {Pick(Phrases.Adjectives)} and {Pick(Phrases.Adjectives)}",
            6 => $"How {writer.FirstName()} {Pick(Phrases.PastVerbs)} {Thing()}",
            7 => $"Inside {writer.City()}'s {Pick(Phrases.Adjectives)} {Keyword()} scene",
            _ => $"{Capital(Pick(Phrases.Adjectives))} {Keyword()} in {writer.City()}",
        };

    /// <summary>A customer's question, for FAQ lists.</summary>
    public string Question() =>
        rng.Next(5) switch
        {
            0 => $"Can I {Pick(Phrases.Verbs)} {Thing()} {When()}?",
            1 => $"How do {Pick(Phrases.Audiences)} {Pick(Phrases.Verbs)} {Thing()}?",
            2 => $"Do you offer {Thing()} in {writer.City()}?",
            3 => $"What does {Thing()} cost for {Pick(Phrases.Audiences)}?",
            _ => $"Is {Lower(Feature())} available {When()}?",
        };

    private string Thing() =>
        rng.Next(4) switch
        {
            0 => $"the {Pick(Phrases.Adjectives)} {Keyword()}",
            1 => Lower(Feature()),
            2 => Product(),
            _ => $"{Pick(Phrases.Adjectives)} {Keyword()} options",
        };

    private string When() =>
        rng.Next(6) switch
        {
            0 => $"every {Pick(Phrases.Days)}",
            1 => $"since {Year()}",
            2 => $"before {rng.Next(7, 11)} am",
            3 => $"in under {rng.Next(5, 60)} minutes",
            4 => $"all through {Pick(Phrases.Months)}",
            _ => DayRange(),
        };

    /// <summary>"from Tuesday to Friday": two different days, in the week's order.</summary>
    private string DayRange()
    {
        var first = rng.Next(Phrases.Days.Length - 1);
        var last = rng.Next(first + 1, Phrases.Days.Length);
        return $"from {Phrases.Days[first]} to {Phrases.Days[last]}";
    }

    private string Keyword() => Pick(category.Keywords);

    private string Plural() => Keyword() is var k && k.EndsWith('s') ? k : k + (k.EndsWith('y') ? " orders" : "s");

    private string Feature() => Pick(category.Features).Title;

    private string Product() => Pick(category.Products).Name;

    private string Count() => rng.Next(12, 4000).ToString("N0", CultureInfo.InvariantCulture);

    private int Year() => rng.Next(1978, 2025);

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static string Capital(string text) => Copywriter.Capitalise(text);

    /// <summary>Lower-cases a title's first word unless it looks like a name (two capitals in a row, digits).</summary>
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
