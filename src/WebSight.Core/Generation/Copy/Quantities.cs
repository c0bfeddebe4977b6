using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebSight.Core.Generation.Copy;

/// <summary>
/// Redraws the counts in a catalogue phrase ("Two synthetic oil changes a year", "Up to 16 hours of fixes") so a
/// fixed line reads differently from page to page. Only counts of two or more change, and stay two or more, so a
/// noun's number still agrees; years, decimals, times, sizes glued to a unit ("85g", "8am"), "24/7" and the
/// quantities that are facts of the calendar or claims (24 hours, 7 days, 12 months, 100 percent, 200%) are left
/// as written.
/// </summary>
internal static partial class Quantities
{
    private static readonly string[] Words =
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ];

    private static readonly (int Value, string Unit)[] Fixed =
    [
        (24, " hour"),
        (7, " day"),
        (12, " month"),
        (60, " minute"),
        (60, " second"),
        (52, " week"),
        (365, " day"),
        (100, "%"),
        (100, " percent"),
        (100, " per cent"),
    ];

    private static readonly double[] Factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2, 2.5, 3];

    /// <summary>The phrase with each variable count redrawn from <paramref name="rng"/>.</summary>
    public static string Vary(string phrase, Random rng)
    {
        StringBuilder? text = null;
        var copied = 0;
        foreach (var (index, length, value, isWord) in Counts(phrase))
        {
            text ??= new StringBuilder(phrase.Length + 8);
            text.Append(phrase, copied, index - copied);
            var original = phrase.AsSpan(index, length);
            if (isWord)
                text.Append(AsWord(Near(value, rng), char.IsUpper(original[0])));
            else
                text.Append(AsDigits(Scaled(value, rng, IsShare(phrase, index + length)), original.Contains(',')));
            copied = index + length;
        }
        return text is null ? phrase : text.Append(phrase, copied, phrase.Length - copied).ToString();
    }

    private static List<(int Index, int Length, int Value, bool IsWord)> Counts(string phrase)
    {
        var counts = new List<(int, int, int, bool)>();
        foreach (var match in Count().EnumerateMatches(phrase))
        {
            var token = phrase.AsSpan(match.Index, match.Length);
            var isWord = char.IsLetter(token[0]);
            var value = isWord
                ? WordValue(token)
                : int.Parse(token, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (value >= 2 && IsVariableNumber(phrase, match.Index, match.Length, value))
                counts.Add((match.Index, match.Length, value, isWord));
        }
        return counts;
    }

    private static int WordValue(ReadOnlySpan<char> token)
    {
        for (var value = 0; value < Words.Length; value++)
        {
            if (token.Equals(Words[value], StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return -1;
    }

    private static bool IsVariableNumber(string phrase, int index, int length, int value)
    {
        var before = index > 0 ? phrase[index - 1] : ' ';
        var end = index + length;
        var after = end < phrase.Length ? phrase[end] : ' ';
        var afterNext = end + 1 < phrase.Length ? phrase[end + 1] : ' ';
        if (before is '/' or ':' or '.' or '-' || after is '/' or ':' || after == '.' && char.IsDigit(afterNext))
            return false;
        if (length == 4 && value is >= 1900 and < 2100)
            return false;
        if (value > 100 && IsShare(phrase, end))
            return false;
        foreach (var (fixedValue, unit) in Fixed)
        {
            if (value == fixedValue && phrase.AsSpan(end).StartsWith(unit, StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    private static bool IsShare(string phrase, int end) =>
        phrase.AsSpan(end).StartsWith("%", StringComparison.Ordinal)
        || phrase.AsSpan(end).StartsWith(" percent", StringComparison.OrdinalIgnoreCase);

    /// <summary>A small count moves by a step or two, so "two" does not become "twelve".</summary>
    private static int Near(int value, Random rng) => Math.Clamp(value + rng.Next(-1, 4), 2, Words.Length - 1);

    /// <summary>A larger count is scaled and rounded as people round (15, 40, 250, 1,500).</summary>
    private static int Scaled(int value, Random rng, bool isShare)
    {
        if (value <= 12)
            return Math.Max(2, value + rng.Next(-2, 5));
        var scaled = value * Factors[rng.Next(Factors.Length)];
        var step = scaled switch
        {
            < 20 => 1,
            < 100 => 5,
            < 1000 => 10,
            < 10000 => 100,
            _ => 1000,
        };
        var rounded = Math.Max(2, (int)Math.Round(scaled / step) * step);
        return isShare ? Math.Min(rounded, 90) : rounded;
    }

    private static string AsWord(int value, bool capitalised) =>
        capitalised ? Copywriter.Capitalise(Words[value]) : Words[value];

    private static string AsDigits(int value, bool grouped) =>
        value.ToString(grouped ? "N0" : "D", CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"\b(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Count();
}
