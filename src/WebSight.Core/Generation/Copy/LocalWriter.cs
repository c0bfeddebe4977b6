using System.Globalization;
using WebSight.Core.Generation.Locales;

namespace WebSight.Core.Generation.Copy;

/// <summary>
/// Writes a page's sentences in a language other than English: the language's grammar patterns, filled with the
/// category's words in that language, Bogus names and places of its locale, and numbers in its format.
/// </summary>
internal sealed class LocalWriter
{
    private readonly Random _rng;
    private readonly Locale _locale;
    private readonly LocalGrammar _grammar;
    private readonly CategoryWords _words;
    private readonly Copywriter _writer;
    private readonly string _business;
    private readonly Func<string, string> _open;

    public LocalWriter(Random rng, Locale locale, CategoryWords words, Copywriter writer, string business)
    {
        _rng = rng;
        _locale = locale;
        _grammar = locale.Grammar!;
        _words = words;
        _writer = writer;
        _business = business;
        _open = Open;
    }

    public bool FamilyNameFirst => _locale.Formats.FamilyNameFirst;

    public CategoryWords Words => _words;

    public string Expand(string kind) => _grammar.Expand(kind, _rng, _open);

    public string? ExpandIfAny(string kind) => _grammar.Has(kind) ? Expand(kind) : null;

    public string Word(string list)
    {
        var words = _grammar.List(list);
        return words[_rng.Next(words.Count)];
    }

    private string Open(string slot) =>
        slot switch
        {
            "kw" => Pick(_words.Keywords),
            "kwa" => Pick(_words.KeywordPhrases),
            "product" => Pick(_words.Products),
            "city" => _writer.City(),
            "person" => _writer.Person(),
            "first" => _writer.FirstName(),
            "family" => _writer.LastName(),
            "street" => _writer.Street(),
            "count" => _locale.Amount(_rng.Next(12, 4000)),
            "year" => _rng.Next(1978, 2025).ToString(CultureInfo.InvariantCulture),
            "month" => Pick(_locale.Formats.Months),
            "hour" => _rng.Next(7, 11).ToString(CultureInfo.InvariantCulture),
            "minutes" => _rng.Next(5, 60).ToString(CultureInfo.InvariantCulture),
            "name" => _business,
            _ => throw new InvalidOperationException($"no open slot {slot}"),
        };

    private string Pick(IReadOnlyList<string> items) => items[_rng.Next(items.Count)];
}
