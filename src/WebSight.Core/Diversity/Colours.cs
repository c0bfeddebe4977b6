using System.Text.RegularExpressions;

namespace WebSight.Core.Diversity;

/// <summary>
/// A page's colour scheme read from its Tailwind classes: the body's background, and the accent — the colour family
/// its colour utilities use most, greys, black and white aside.
/// </summary>
internal static partial class Colours
{
    public const string None = "none";
    public const string Neutral = "neutral";

    private static readonly HashSet<string> NeutralFamilies = new(StringComparer.Ordinal)
    {
        "gray",
        "white",
        "black",
        "transparent",
        "current",
    };

    /// <summary>The body's <c>bg-*</c> colour class, or <see cref="None"/>.</summary>
    public static string BodyBackground(IEnumerable<string> bodyClasses) =>
        bodyClasses.FirstOrDefault(c => ColourClass().Match(c) is { Success: true } m && m.Groups["kind"].Value == "bg")
        ?? None;

    /// <summary>The most used non-neutral colour family (ties go to the first by name), or <see cref="Neutral"/>.</summary>
    public static string Accent(IEnumerable<string> classes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in classes)
        {
            if (ColourClass().Match(name) is { Success: true } match)
            {
                var family = match.Groups["family"].Value;
                if (!NeutralFamilies.Contains(family))
                    counts[family] = counts.GetValueOrDefault(family) + 1;
            }
        }
        return counts.Count == 0
            ? Neutral
            : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    // A colour utility after any variant prefixes (hover:, md:): kind-family or kind-family-shade.
    [GeneratedRegex(
        @"^(?:[a-z0-9-]+:)*(?<kind>bg|text|border|from|via|to|ring|divide|placeholder)-(?<family>white|black|transparent|current|gray|red|yellow|green|blue|indigo|purple|pink|orange|teal|cyan|lime|amber|emerald|sky|violet|fuchsia|rose|slate|zinc|neutral|stone)(?:-\d{2,3})?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex ColourClass();
}
