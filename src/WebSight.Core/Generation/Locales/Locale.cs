using System.Globalization;
using System.Text;

namespace WebSight.Core.Generation.Locales;

/// <summary>
/// One page language: its UI lexicon (gettext style, keyed by the English literal), its number, price and date
/// formats, its sentence grammar and its words for each category. English is the identity: every lookup returns
/// the key, every format is the one the generator always wrote.
/// </summary>
internal sealed class Locale
{
    public const string EnglishCode = "en";

    private static readonly string[] Placeholders = ["{0}", "{1}", "{2}", "{3}"];

    private readonly Dictionary<string, string> _ui;
    private readonly LocaleFormats _formats;

    public Locale(
        string code,
        Dictionary<string, string> ui,
        LocaleFormats formats,
        LocalGrammar? grammar,
        Dictionary<string, CategoryWords> words
    )
    {
        Code = code;
        _ui = ui;
        _formats = formats;
        Grammar = grammar;
        Words = words;
    }

    public string Code { get; }

    public bool IsEnglish => Code == EnglishCode;

    /// <summary>When set, a UI key without a translation throws instead of falling back to English (tests).</summary>
    public bool Strict { get; init; }

    public LocaleFormats Formats => _formats;

    /// <summary>The grammar of a language other than English; English keeps its own C# grammar.</summary>
    public LocalGrammar? Grammar { get; }

    public IReadOnlyDictionary<string, CategoryWords> Words { get; }

    /// <summary>The UI string for an English literal.</summary>
    public string L(string key)
    {
        if (IsEnglish)
            return key;
        if (_ui.TryGetValue(key, out var text))
            return text;
        return Strict ? throw new MissingTranslationException(Code, key) : key;
    }

    /// <summary>A UI string with {0}, {1}… placeholders, filled after translation (word order is the language's).</summary>
    public string F(string key, params ReadOnlySpan<string> args)
    {
        var text = L(key);
        for (var i = 0; i < args.Length; i++)
            text = text.Replace(Placeholders[i], args[i], StringComparison.Ordinal);
        return text;
    }

    public bool Has(string key) => IsEnglish || _ui.ContainsKey(key);

    public IEnumerable<string> Keys => _ui.Keys;

    /// <summary>A price in the locale's currency and number format.</summary>
    public string Price(int whole, bool ninetyNine)
    {
        if (IsEnglish)
            return string.Create(CultureInfo.InvariantCulture, $"${whole}.{(ninetyNine ? "99" : "00")}");
        var number = Group(whole * _formats.PriceScale);
        if (_formats.Decimals)
            number += _formats.DecimalSeparator + (ninetyNine ? "99" : "00");
        return _formats.PricePattern.Replace("{0}", number, StringComparison.Ordinal);
    }

    /// <summary>A price in whole units, as plans show it ("$29", "29 €").</summary>
    public string WholePrice(int whole) =>
        IsEnglish
            ? "$" + whole.ToString(CultureInfo.InvariantCulture)
            : _formats.PricePattern.Replace("{0}", Group(whole * _formats.PriceScale), StringComparison.Ordinal);

    /// <summary>An amount already grouped, as money ("$12,400", "12.400 €").</summary>
    public string Money(string amount) =>
        IsEnglish ? "$" + amount : _formats.PricePattern.Replace("{0}", amount, StringComparison.Ordinal);

    /// <summary>A whole number with the locale's digit grouping.</summary>
    public string Amount(int value) => IsEnglish ? value.ToString("N0", CultureInfo.InvariantCulture) : Group(value);

    public string LongDate(DateOnly date) =>
        IsEnglish ? date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) : Format(_formats.LongDate, date);

    public string ShortDate(DateOnly date) =>
        IsEnglish ? date.ToString("MMM d", CultureInfo.InvariantCulture) : Format(_formats.ShortDate, date);

    /// <summary>Day and month ("MMMM d" in English).</summary>
    public string DayMonth(DateOnly date) =>
        IsEnglish ? date.ToString("MMMM d", CultureInfo.InvariantCulture) : Format(_formats.DayMonth, date);

    /// <summary>Weekday, day and month ("dddd, MMMM d" in English).</summary>
    public string WeekdayDate(DateOnly date) =>
        IsEnglish ? date.ToString("dddd, MMMM d", CultureInfo.InvariantCulture) : Format(_formats.WeekdayDate, date);

    /// <summary>The month name alone ("MMMM" in English).</summary>
    public string MonthName(DateOnly date) =>
        IsEnglish ? date.ToString("MMMM", CultureInfo.InvariantCulture) : _formats.Months[date.Month - 1];

    private string Format(string pattern, DateOnly date) =>
        new StringBuilder(pattern)
            .Replace("{d}", date.Day.ToString(CultureInfo.InvariantCulture))
            .Replace("{y}", date.Year.ToString(CultureInfo.InvariantCulture))
            .Replace("{n}", date.Month.ToString(CultureInfo.InvariantCulture))
            .Replace("{M}", _formats.MonthsOf[date.Month - 1])
            .Replace("{m}", _formats.ShortMonths[date.Month - 1])
            .Replace("{w}", _formats.Weekdays[(int)date.DayOfWeek])
            .ToString();

    private string Group(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= _formats.GroupFrom)
            return digits;
        var builder = new StringBuilder(digits.Length + 4);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
                builder.Append(_formats.GroupSeparator);
            builder.Append(digits[i]);
        }
        return builder.ToString();
    }
}

/// <summary>How a locale writes numbers, prices, dates and phone numbers, read from its grammar file's @ lines.</summary>
internal sealed record LocaleFormats(
    string BogusLocale,
    string Phone,
    string PricePattern,
    int PriceScale,
    bool Decimals,
    string DecimalSeparator,
    string GroupSeparator,
    int GroupFrom,
    string LongDate,
    string ShortDate,
    string DayMonth,
    string WeekdayDate,
    string[] Weekdays,
    string[] Months,
    string[] MonthsOf,
    string[] ShortMonths,
    string SentenceJoin,
    bool FamilyNameFirst
);

/// <summary>A category's words in one language: its name, keywords (bare and, where the grammar wants it, with article), products and menu.</summary>
internal sealed record CategoryWords(
    string Name,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> KeywordPhrases,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Nav
);

internal sealed class MissingTranslationException(string code, string key)
    : Exception($"locale {code} has no translation for \"{key}\"")
{
    public string Code { get; } = code;

    public string Key { get; } = key;
}
