using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebSight.Core.Styling;

/// <summary>
/// Writes a declaration value the short way where that is exact: a <c>calc()</c> of numbers and lengths in one unit
/// becomes its result when decimal arithmetic gives it exactly (<c>calc(0.25rem * 4)</c> → <c>1rem</c>; a division
/// that does not end, <c>calc(2 / 1.5)</c>, stays), an opaque <c>rgba()</c>/<c>rgb()</c> becomes hex, and a zero
/// length in a box property loses its unit.
/// </summary>
internal static partial class ValueArithmetic
{
    /// <summary>Digits kept after the point; a result needing more is not exact and the calc stays.</summary>
    private const int MaxDecimals = 6;

    public static string Simplify(string property, string value)
    {
        var result = value.Contains("calc(", StringComparison.Ordinal) ? FoldCalcs(value) : value;
        if (result.Contains("rgb", StringComparison.Ordinal))
            result = OpaqueRgb().Replace(result, m => Hex(m));
        if (ZeroLength().IsMatch(result) && IsBoxLength(property))
            result = "0";
        if (property == "box-shadow" && result.Contains(','))
            result = WithoutEmptyShadows(result);
        return result;
    }

    /// <summary>A shadow list without its <c>0 0 #0000</c> layers (no offset, no blur, transparent), which paint nothing.</summary>
    private static string WithoutEmptyShadows(string value)
    {
        var layers = CssTree.SplitSelectors(value);
        var painted = layers.Where(layer => layer is not ("0 0 #0000" or "0 0 transparent")).ToList();
        return painted.Count == layers.Count ? value
            : painted.Count == 0 ? "0 0 #0000"
            : string.Join(", ", painted);
    }

    private static string FoldCalcs(string value)
    {
        var builder = new StringBuilder(value.Length);
        var copied = 0;
        for (var start = value.IndexOf("calc(", StringComparison.Ordinal); start >= 0; )
        {
            var close = VarReferences.Close(value, start + 4);
            if (close < 0)
                break;
            builder.Append(value, copied, start - copied);
            var inner = value[(start + 5)..close];
            var folded = inner.Contains("calc(", StringComparison.Ordinal) ? FoldCalcs(inner) : inner;
            builder.Append(Evaluate(folded) is { } result ? result : $"calc({folded})");
            copied = close + 1;
            start = value.IndexOf("calc(", copied, StringComparison.Ordinal);
        }
        builder.Append(value, copied, value.Length - copied);
        return builder.ToString();
    }

    /// <summary>The text of an expression's exact result, or null when it has anything but numbers in one unit.</summary>
    private static string? Evaluate(string expression)
    {
        var tokens = Token().Matches(expression).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != string.Concat(expression.Where(c => !char.IsWhiteSpace(c))))
            return null;
        var position = 0;
        try
        {
            var result = Sum(tokens, ref position);
            if (position != tokens.Count || result is not { } quantity)
                return null;
            var rounded = decimal.Round(quantity.Number, MaxDecimals);
            return rounded != quantity.Number ? null : Format(rounded) + quantity.Unit;
        }
        catch (Exception e) when (e is DivideByZeroException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private readonly record struct Quantity(decimal Number, string Unit);

    private static Quantity? Sum(List<string> tokens, ref int position)
    {
        var left = Product(tokens, ref position);
        while (left is { } l && position < tokens.Count && tokens[position] is "+" or "-")
        {
            var minus = tokens[position++] == "-";
            if (Product(tokens, ref position) is not { } r || l.Unit != r.Unit)
                return null;
            left = l with { Number = minus ? l.Number - r.Number : l.Number + r.Number };
        }
        return left;
    }

    private static Quantity? Product(List<string> tokens, ref int position)
    {
        var left = Factor(tokens, ref position);
        while (left is { } l && position < tokens.Count && tokens[position] is "*" or "/")
        {
            var divide = tokens[position++] == "/";
            if (Factor(tokens, ref position) is not { } r)
                return null;
            if (divide)
            {
                if (r.Unit.Length > 0)
                    return null;
                var quotient = l.Number / r.Number;
                if (quotient * r.Number != l.Number)
                    return null;
                left = l with { Number = quotient };
            }
            else if (l.Unit.Length > 0 && r.Unit.Length > 0)
                return null;
            else
                left = new Quantity(l.Number * r.Number, l.Unit + r.Unit);
        }
        return left;
    }

    private static Quantity? Factor(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
            return null;
        var token = tokens[position++];
        if (token == "(")
        {
            var inner = Sum(tokens, ref position);
            return position < tokens.Count && tokens[position++] == ")" ? inner : null;
        }
        var match = NumberWithUnit().Match(token);
        if (!match.Success)
            return null;
        var number = decimal.Parse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new Quantity(number, match.Groups["u"].Value);
    }

    private static string Format(decimal number)
    {
        var text = number.ToString("0.######", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Hex(Match match)
    {
        var channels = new[] { match.Groups["r"], match.Groups["g"], match.Groups["b"] }
            .Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture))
            .ToArray();
        if (channels.Any(c => c > 255))
            return match.Value;
        var hex = string.Concat(channels.Select(c => c.ToString("x2", CultureInfo.InvariantCulture)));
        return hex[0] == hex[1] && hex[2] == hex[3] && hex[4] == hex[5] ? $"#{hex[0]}{hex[2]}{hex[4]}" : "#" + hex;
    }

    private static bool IsBoxLength(string property) =>
        property.StartsWith("margin", StringComparison.Ordinal)
        || property.StartsWith("padding", StringComparison.Ordinal)
        || (
            property.StartsWith("border", StringComparison.Ordinal)
            && property.EndsWith("width", StringComparison.Ordinal)
        )
        || property is "top" or "right" or "bottom" or "left" or "inset" or "gap" or "row-gap" or "column-gap";

    [GeneratedRegex(@"-?(\d+\.?\d*|\.\d+)(e-?\d+)?[a-z%]*|[-+*/()]", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?<n>-?(\d+\.?\d*|\.\d+))(?<u>[a-z%]*)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(
        @"rgba?\(\s*(?<r>\d{1,3})\s*[ ,]\s*(?<g>\d{1,3})\s*[ ,]\s*(?<b>\d{1,3})\s*([,/]\s*(1|1\.0+|100%)\s*)?\)",
        RegexOptions.None,
        1000
    )]
    private static partial Regex OpaqueRgb();

    [GeneratedRegex(@"^-?0(\.0+)?(px|rem|em)$", RegexOptions.None, 1000)]
    private static partial Regex ZeroLength();
}
