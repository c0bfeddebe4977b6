using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebSight.Core.Llm;

/// <summary>
/// The colour swap for pages written in CSS (<c>--styling css</c>) or with inline styles: colours in
/// <c>&lt;style&gt;</c> blocks and <c>style</c> attributes whose hue is the swapped family's (any blue: #007bff,
/// #1da1f2, rgb(59,130,246)) turn to the replacement family's hue, keeping their saturation, lightness and alpha,
/// so shades stay shades. Greys, and hex that is a selector (<c>#fade {</c>), stay as written.
/// </summary>
internal static partial class CssHueSwap
{
    /// <summary>The hue of each palette family's middle shade, in degrees.</summary>
    private static readonly Dictionary<string, double> FamilyHues = new(StringComparer.Ordinal)
    {
        ["red"] = 0,
        ["yellow"] = 40,
        ["green"] = 150,
        ["blue"] = 215,
        ["indigo"] = 238,
        ["purple"] = 265,
        ["pink"] = 330,
    };

    /// <summary>How far from the family's hue a colour still counts as that family.</summary>
    private const double Window = 22;

    private const double MinSaturation = 0.2;

    public static string Apply(string html, string from, string to)
    {
        if (!FamilyHues.TryGetValue(from, out var fromHue) || !FamilyHues.TryGetValue(to, out var toHue))
            return html;
        return StyleRegion().Replace(html, region => Recolour(region.Value, fromHue, toHue));
    }

    private static string Recolour(string css, double fromHue, double toHue) =>
        Colour()
            .Replace(
                css,
                match =>
                    IsInValue(css, match.Index, match.Index + match.Length)
                    && Parse(match.Value) is { } rgba
                    && Rotated(rgba, fromHue, toHue) is { } turned
                        ? Write(turned, match.Value)
                        : match.Value
            );

    /// <summary>A declaration's value: the last of ':' ';' '{' '}' before it is ':', and no '{' follows first.</summary>
    private static bool IsInValue(string css, int start, int end)
    {
        var before = css.AsSpan(0, start).LastIndexOfAny(":;{}");
        if (before < 0 || css[before] != ':')
            return before < 0 && !css.Contains('{');
        var after = css.AsSpan(end).IndexOfAny(";{}");
        return after < 0 || css[end + after] != '{';
    }

    private static (double R, double G, double B, string? Alpha)? Parse(string colour)
    {
        if (colour[0] == '#')
        {
            var hex = colour[1..];
            if (hex.Length is 3 or 4)
                hex = string.Concat(hex.Select(c => new string(c, 2)));
            if (hex.Length is not (6 or 8))
                return null;
            double Channel(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (Channel(0), Channel(2), Channel(4), hex.Length == 8 ? hex[6..] : null);
        }
        var parts = colour[(colour.IndexOf('(') + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 3 || !parts.Take(3).All(p => double.TryParse(p, CultureInfo.InvariantCulture, out _)))
            return null;
        double Part(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return (Part(0), Part(1), Part(2), parts.Length > 3 ? parts[3] : null);
    }

    private static (double R, double G, double B, string? Alpha)? Rotated(
        (double R, double G, double B, string? Alpha) rgba,
        double fromHue,
        double toHue
    )
    {
        var (r, g, b) = (rgba.R / 255, rgba.G / 255, rgba.B / 255);
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        if (chroma == 0)
            return null;
        var saturation = chroma / (1 - Math.Abs(2 * lightness - 1));
        var hue =
            max == r ? 60 * ((g - b) / chroma % 6)
            : max == g ? 60 * ((b - r) / chroma + 2)
            : 60 * ((r - g) / chroma + 4);
        var offset = (hue - fromHue + 540) % 360 - 180;
        if (saturation < MinSaturation || Math.Abs(offset) > Window)
            return null;
        var (nr, ng, nb) = FromHsl((toHue + offset + 360) % 360, saturation, lightness);
        return (nr * 255, ng * 255, nb * 255, rgba.Alpha);
    }

    private static (double R, double G, double B) FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1));
        var m = lightness - chroma / 2;
        var (r, g, b) = (hue / 60) switch
        {
            < 1 => (chroma, x, 0d),
            < 2 => (x, chroma, 0d),
            < 3 => (0d, chroma, x),
            < 4 => (0d, x, chroma),
            < 5 => (x, 0d, chroma),
            _ => (chroma, 0d, x),
        };
        return (r + m, g + m, b + m);
    }

    private static string Write((double R, double G, double B, string? Alpha) rgba, string original)
    {
        static int Byte(double value) => (int)Math.Clamp(Math.Round(value), 0, 255);
        if (original[0] == '#')
        {
            var hex = new StringBuilder("#", 9);
            foreach (var channel in new[] { rgba.R, rgba.G, rgba.B })
                hex.Append(Byte(channel).ToString("x2", CultureInfo.InvariantCulture));
            return hex.Append(rgba.Alpha ?? "").ToString();
        }
        var name = original[..original.IndexOf('(')];
        var alpha = rgba.Alpha is null ? "" : "," + rgba.Alpha;
        return FormattableString.Invariant($"{name}({Byte(rgba.R)},{Byte(rgba.G)},{Byte(rgba.B)}{alpha})");
    }

    [GeneratedRegex(
        @"<style[^>]*>[^<]*</style>|\bstyle\s*=\s*""[^""]*""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex StyleRegion();

    [GeneratedRegex(
        @"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b|rgba?\([0-9.,\s%]+\)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Colour();
}
