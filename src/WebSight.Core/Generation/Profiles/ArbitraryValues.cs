using System.Globalization;

namespace WebSight.Core.Generation.Profiles;

/// <summary>
/// Tailwind 3 and 4 authors often write a size or letter spacing as an arbitrary value (<c>w-[256px]</c>,
/// <c>max-w-[1152px]</c>, <c>tracking-[0.05em]</c>) where the scale has the same length. About half of a page's
/// class lists, chosen by a stable hash of the list so the same page always gets the same choice, get those values
/// instead of the scale name; the lengths are equal, so the design and its pixels stay as generated.
/// </summary>
internal static class ArbitraryValues
{
    private static readonly Dictionary<string, int> MaxWidthRem = new(StringComparer.Ordinal)
    {
        ["xs"] = 20,
        ["sm"] = 24,
        ["md"] = 28,
        ["lg"] = 32,
        ["xl"] = 36,
        ["2xl"] = 42,
        ["3xl"] = 48,
        ["4xl"] = 56,
        ["5xl"] = 64,
        ["6xl"] = 72,
        ["7xl"] = 80,
    };

    private static readonly Dictionary<string, string> TrackingEm = new(StringComparer.Ordinal)
    {
        ["tighter"] = "-0.05em",
        ["tight"] = "-0.025em",
        ["wide"] = "0.025em",
        ["wider"] = "0.05em",
        ["widest"] = "0.1em",
    };

    /// <summary>The class list with scale lengths written as arbitrary values, when the hash of the list as written picks it.</summary>
    public static void Apply(List<string> classes, string writtenList)
    {
        if (StableHash(writtenList) % 2 != 0)
            return;
        for (var i = 0; i < classes.Count; i++)
        {
            var split = classes[i].LastIndexOf(':') + 1;
            if (Arbitrary(classes[i][split..]) is { } value)
                classes[i] = classes[i][..split] + value;
        }
    }

    private static string? Arbitrary(string utility)
    {
        var dash = utility.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
            return null;
        var (kind, value) = (utility[..dash], utility[(dash + 1)..]);
        if (
            kind is "w" or "h" or "size"
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        )
            return n >= 12 ? $"{kind}-[{n * 4}px]" : null; // the spacing scale is 0.25rem, 4px, a step
        if (kind == "tracking" && TrackingEm.TryGetValue(value, out var em))
            return $"tracking-[{em}]";
        if (
            utility.StartsWith("max-w-", StringComparison.Ordinal) && MaxWidthRem.TryGetValue(utility[6..], out var rem)
        )
            return $"max-w-[{rem * 16}px]";
        return null;
    }

    /// <summary>FNV-1a over the characters: the same on every run and machine, unlike string.GetHashCode.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
