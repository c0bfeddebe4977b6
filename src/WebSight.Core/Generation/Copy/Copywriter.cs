using Bogus;
using WebSight.Core.Generation.Locales;

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
    private static readonly ThreadLocal<Dictionary<string, Faker>> Fakers = new(() =>
        new Dictionary<string, Faker>(StringComparer.Ordinal)
    );

    private const int CatalogueStream = 0x5EED_CA7;

    private readonly Random _rng;
    private readonly Faker _faker;
    private readonly Category _category;
    private readonly LocalWriter? _local;

    public Copywriter(int seed, Random rng, Category category, Locale locale, string businessName)
    {
        _rng = rng;
        Locale = locale;
        var fakers = Fakers.Value!;
        var bogus = locale.IsEnglish ? "en" : locale.Formats.BogusLocale;
        if (!fakers.TryGetValue(bogus, out var faker))
            fakers[bogus] = faker = new Faker(bogus);
        _faker = faker;
        _faker.Random = new Randomizer(seed);
        // A stream of its own, so redrawing the catalogue's counts leaves the rest of the page's draws as they were.
        _category = locale.IsEnglish ? PageCategory.Draw(category, new Random(seed ^ CatalogueStream)) : category;
        Grammar = new SentenceGrammar(rng, _category, this);
        if (!locale.IsEnglish)
        {
            _local = new LocalWriter(rng, locale, locale.Words[category.Slug], this, businessName);
            _category = LocalCategory.Build(category, _local, this);
        }
    }

    public SentenceGrammar Grammar { get; }

    public Locale Locale { get; }

    /// <summary>The category as this page's language shows it (the catalogue's own for English).</summary>
    public Category Category => _category;

    public T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public int Number(int min, int max) => _rng.Next(min, max + 1);

    public bool Chance(double p) => _rng.NextDouble() < p;

    public string Person() =>
        _local is { FamilyNameFirst: true }
            ? _faker.Name.LastName() + _faker.Name.FirstName()
            : _faker.Name.FirstName() + " " + _faker.Name.LastName();

    public string FirstName() => _faker.Name.FirstName();

    public string LastName() => _faker.Name.LastName();

    public string JobTitle() => _local?.Word("team") ?? _faker.Name.JobTitle();

    /// <summary>A company; in other languages from the grammar's company patterns ("Weber GmbH").</summary>
    public string Company() => _local?.Expand("company") ?? _faker.Company.CompanyName();

    public string City() => _faker.Address.City();

    /// <summary>A street address; languages whose Bogus data lacks street names give their own pattern.</summary>
    public string Street() => _local?.ExpandIfAny("street") ?? _faker.Address.StreetAddress();

    public string Phone() => _faker.Phone.PhoneNumber(_local is null ? "(###) ###-####" : Locale.Formats.Phone);

    /// <summary>An address made from the person's name; names in other scripts get a Latin one of their own.</summary>
    public string Email(string person) =>
        person.All(c => c < 0x250)
            ? _faker.Internet.Email(person.Split(' ')[0], person.Split(' ')[^1])
            : _faker.Internet.Email(
                _faker.Random.AlphaNumeric(1) + _faker.Random.Replace("???"),
                _faker.Random.Replace("?????")
            );

    public string UserName() => _faker.Internet.UserName();

    public string Price(int min, int max)
    {
        var whole = _rng.Next(min, max + 1);
        return Locale.Price(whole, _rng.Next(2) != 0);
    }

    public string Amount(int min, int max) => Locale.Amount(_rng.Next(min, max + 1));

    /// <summary>A date in 2024-2026 drawn from the page's RNG, never from the clock.</summary>
    public DateOnly Date() => new DateOnly(2024, 1, 1).AddDays(_rng.Next(0, 1000));

    public string LongDate() => Locale.LongDate(Date());

    public string ShortDate() => Locale.ShortDate(Date());

    /// <summary>A catalogue product, sometimes with a Bogus material or colour so the shelf does not repeat.</summary>
    public string ProductName()
    {
        var name = Pick(_category.Products).Name;
        if (_local is not null)
            return name;
        return _rng.Next(3) switch
        {
            0 => name,
            1 when !CategoryTraits.Of(_category.Slug).ServesFood => $"{name} – {Capitalise(_faker.Commerce.Color())}",
            _ => $"{Capitalise(Pick(Phrases.Adjectives))} {name}",
        };
    }

    public string Keyword() => Pick(_category.Keywords);

    public string Sentence() => _local?.Expand("sentence") ?? Grammar.Sentence();

    public string Paragraph(int sentences) =>
        string.Join(Locale.Formats.SentenceJoin, Enumerable.Range(0, sentences).Select(_ => Sentence()));

    public string Headline() => _local?.Expand("headline") ?? Grammar.Headline();

    public string Question() => _local?.Expand("question") ?? Grammar.Question();

    /// <summary>A UI string in the page's language (gettext style: the English literal is the key).</summary>
    public string L(string key) => Locale.L(key);

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
