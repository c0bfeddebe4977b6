using System.Globalization;

namespace WebSight.Core.Foundation;

/// <summary>
/// Splits text into the pieces the o200k_base pre-tokenizer expression makes, without a regular expression:
/// <code>
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// | [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// | \p{N}{1,3} | ?[^\s\p{L}\p{N}]+[\r\n/]* | \s*[\r\n]+ | \s+(?!\S) | \s+
/// </code>
/// Each alternative is tried in order with the backtracking the expression engine would do, one UTF-16 unit at a
/// time as .NET matches, so the pieces are the same.
/// </summary>
internal static class O200kPieces
{
    /// <summary>Where the piece starting at <paramref name="start"/> ends.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        var end = Word(text, start, lowerRequired: true);
        if (end < 0)
            end = Word(text, start, lowerRequired: false);
        if (end < 0)
            end = Digits(text, start);
        if (end < 0)
            end = Punctuation(text, start);
        if (end < 0)
            end = Space(text, start);
        return end;
    }

    /// <summary>The two word alternatives: upper* lower+ (first) or upper+ lower* (second), after an optional prefix.</summary>
    private static int Word(ReadOnlySpan<char> text, int start, bool lowerRequired)
    {
        for (var prefixed = 1; prefixed >= 0; prefixed--)
        {
            var at = start;
            if (prefixed == 1)
            {
                if (!IsPrefix(text[start]))
                    continue;
                at++;
            }
            var upperEnd = at;
            while (upperEnd < text.Length && IsUpperish(text[upperEnd]))
                upperEnd++;
            if (lowerRequired)
            {
                // upper* gives back one unit at a time until lower+ can match at least one.
                for (var split = upperEnd; split >= at; split--)
                {
                    if (split < text.Length && IsLowerish(text[split]))
                        return Contraction(text, RunEnd(text, split));
                }
            }
            else if (upperEnd > at)
            {
                return Contraction(text, RunEnd(text, upperEnd));
            }
        }
        return -1;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && IsLowerish(text[at]))
            at++;
        return at;
    }

    /// <summary>The optional <c>(?i:'s|'t|'re|'ve|'m|'ll|'d)</c> after a word.</summary>
    private static int Contraction(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || text[at] != '\'')
            return at;
        var first = char.ToLowerInvariant(text[at + 1]);
        if (first is 's' or 't' or 'm' or 'd')
            return at + 2;
        if (at + 2 >= text.Length)
            return at;
        var second = char.ToLowerInvariant(text[at + 2]);
        return (first, second) is ('r', 'e') or ('v', 'e') or ('l', 'l') ? at + 3 : at;
    }

    private static int Digits(ReadOnlySpan<char> text, int start)
    {
        if (!IsNumber(text[start]))
            return -1;
        var end = start + 1;
        while (end < text.Length && end - start < 3 && IsNumber(text[end]))
            end++;
        return end;
    }

    /// <summary><c> ?[^\s\p{L}\p{N}]+[\r\n/]*</c></summary>
    private static int Punctuation(ReadOnlySpan<char> text, int start)
    {
        var at = start;
        if (text[at] == ' ' && at + 1 < text.Length && IsSymbol(text[at + 1]))
            at++;
        else if (!IsSymbol(text[at]))
            return -1;
        while (at < text.Length && IsSymbol(text[at]))
            at++;
        while (at < text.Length && text[at] is '\r' or '\n' or '/')
            at++;
        return at;
    }

    /// <summary><c>\s*[\r\n]+ | \s+(?!\S) | \s+</c>; every other unit is whitespace once the others failed.</summary>
    private static int Space(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var lastNewline = -1;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            if (text[end] is '\r' or '\n')
                lastNewline = end;
            end++;
        }
        if (lastNewline >= 0)
            return lastNewline + 1;
        // end == start cannot happen (every other unit matched an alternative above); step on rather than loop.
        if (end == text.Length || end - 1 <= start)
            return Math.Max(end, start + 1);
        return end - 1;
    }

    private static bool IsPrefix(char c) => c is not ('\r' or '\n') && !IsLetter(c) && !IsNumber(c);

    private static bool IsSymbol(char c) => !char.IsWhiteSpace(c) && !IsLetter(c) && !IsNumber(c);

    private static bool IsLetter(char c) =>
        char.IsAsciiLetter(c)
        || (
            c > 0x7F
            && CharUnicodeInfo.GetUnicodeCategory(c)
                is UnicodeCategory.UppercaseLetter
                    or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.OtherLetter
        );

    private static bool IsNumber(char c) =>
        char.IsAsciiDigit(c)
        || (
            c > 0x7F
            && CharUnicodeInfo.GetUnicodeCategory(c)
                is UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber
                    or UnicodeCategory.OtherNumber
        );

    /// <summary><c>[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]</c></summary>
    private static bool IsUpperish(char c) =>
        char.IsAsciiLetterUpper(c)
        || (
            c > 0x7F
            && CharUnicodeInfo.GetUnicodeCategory(c)
                is UnicodeCategory.UppercaseLetter
                    or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.OtherLetter
                    or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark
        );

    /// <summary><c>[\p{Ll}\p{Lm}\p{Lo}\p{M}]</c></summary>
    private static bool IsLowerish(char c) =>
        char.IsAsciiLetterLower(c)
        || (
            c > 0x7F
            && CharUnicodeInfo.GetUnicodeCategory(c)
                is UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.OtherLetter
                    or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark
        );
}
