using System.Globalization;
using Bogus;

namespace WebSight.Core.Generation.Copy;

/// <summary>
/// The text of one page: people, places, prices and dates from Bogus, sentences from a grammar over the
/// category's own words. Both draw from generators seeded by the page's seed alone (no global Bogus state, no
/// clock), so the same seed writes the same words.
/// </summary>
internal sealed class Copywriter
{
    /// <summary>
    /// Building a Faker costs far more than a page; one per thread is reseeded per page instead. Every draw goes
    /// through the new Randomizer, so a reused Faker writes exactly what a fresh one would.
    /// </summary>
    private static readonly ThreadLocal<Faker> Fakers = new(() => new Faker("en"));

    private readonly Random _rng;
    private readonly Faker _faker;
    private readonly Category _category;

    public Copywriter(int seed, Random rng, Category category)
    {
        _rng = rng;
        _category = category;
        _faker = Fakers.Value!;
        _faker.Random = new Randomizer(seed);
        Grammar = new SentenceGrammar(rng, category, this);
    }

    public SentenceGrammar Grammar { get; }

    public Category Category => _category;

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public int Number(int min, int max) => _rng.Next(min, max + 1);

    public bool Chance(double p) => _rng.NextDouble() < p;

    public string Person() => _faker.Name.FirstName() + " " + _faker.Name.LastName();

    public string FirstName() => _faker.Name.FirstName();

    public string JobTitle() => _faker.Name.JobTitle();

    public string Company() => _faker.Company.CompanyName();

    public string City() => _faker.Address.City();

    public string Street() => _faker.Address.StreetAddress();

    public string Phone() => _faker.Phone.PhoneNumber("(###) ###-####");

    public string Email(string person) => _faker.Internet.Email(person.Split(' ')[0], person.Split(' ')[^1]);

    public string UserName() => _faker.Internet.UserName();

    public string Price(int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"${_rng.Next(min, max + 1)}.{(_rng.Next(2) == 0 ? "00" : "99")}");

    public string Amount(int min, int max) => _rng.Next(min, max + 1).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A date in 2024-2026 drawn from the page's RNG, never from the clock.</summary>
    public DateOnly Date() => new DateOnly(2024, 1, 1).AddDays(_rng.Next(0, 1000));

    public string LongDate() => Date().ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public string ShortDate() => Date().ToString("MMM d", CultureInfo.InvariantCulture);

    /// <summary>A catalogue product, sometimes with a Bogus material or colour so the shelf does not repeat.</summary>
    public string ProductName()
    {
        var name = Pick(_category.Products).Name;
        return _rng.Next(3) switch
        {
            0 => name,
            1 when !CategoryTraits.Of(_category.Slug).ServesFood => $"{name} – {Capitalise(_faker.Commerce.Color())}",
            _ => $"{Capitalise(Pick(Phrases.Adjectives))} {name}",
        };
    }

    public string Keyword() => Pick(_category.Keywords);

    public string Sentence() => Grammar.Sentence();

    public string Paragraph(int sentences) =>
        string.Join(" ", Enumerable.Range(0, sentences).Select(_ => Grammar.Sentence()));

    public string Headline() => Grammar.Headline();

    public string Question() => Grammar.Question();

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
