using System.Text.RegularExpressions;
using WebSight.Core.Setup;

namespace WebSight.Core.Generation.Profiles;

/// <summary>
/// Rewrites the class lists of a page the template generator wrote in Tailwind 2.2.19 terms into what a Tailwind 3
/// or 4 author writes: <c>size-*</c> for equal width and height, <c>text-balance</c> on display headings, the v3
/// names (<c>grow</c>, <c>shrink-0</c>) and no bare <c>transform</c>; for 4 also colour opacity modifiers
/// (<c>bg-sky-600/50</c> for <c>bg-sky-600 bg-opacity-50</c>) and the v4 scale names that keep the v3 look
/// (<c>shadow-sm</c> for <c>shadow</c>, <c>rounded-sm</c> for <c>rounded</c>, <c>ring-3</c>, <c>outline-hidden</c>,
/// <c>bg-linear-to-r</c>); in about half the class lists, scale lengths as arbitrary values (<see cref="ArbitraryValues"/>).
/// Kept apart from the generator, which stays one design space; only class attribute values change.
/// </summary>
internal static partial class TailwindIdioms
{
    private static readonly Dictionary<string, string> V3Names = new(StringComparer.Ordinal)
    {
        ["flex-grow"] = "grow",
        ["flex-grow-0"] = "grow-0",
        ["flex-shrink"] = "shrink",
        ["flex-shrink-0"] = "shrink-0",
        ["overflow-ellipsis"] = "text-ellipsis",
        ["decoration-clone"] = "box-decoration-clone",
        ["decoration-slice"] = "box-decoration-slice",
    };

    private static readonly Dictionary<string, string> V4Names = new(StringComparer.Ordinal)
    {
        ["shadow-sm"] = "shadow-xs",
        ["shadow"] = "shadow-sm",
        ["rounded-sm"] = "rounded-xs",
        ["rounded"] = "rounded-sm",
        ["blur-sm"] = "blur-xs",
        ["blur"] = "blur-sm",
        ["drop-shadow-sm"] = "drop-shadow-xs",
        ["drop-shadow"] = "drop-shadow-sm",
        ["outline-none"] = "outline-hidden",
        ["ring"] = "ring-3",
        ["bg-gradient-to-t"] = "bg-linear-to-t",
        ["bg-gradient-to-tr"] = "bg-linear-to-tr",
        ["bg-gradient-to-r"] = "bg-linear-to-r",
        ["bg-gradient-to-br"] = "bg-linear-to-br",
        ["bg-gradient-to-b"] = "bg-linear-to-b",
        ["bg-gradient-to-bl"] = "bg-linear-to-bl",
        ["bg-gradient-to-l"] = "bg-linear-to-l",
        ["bg-gradient-to-tl"] = "bg-linear-to-tl",
    };

    /// <summary>The page with every double-quoted class attribute rewritten for <paramref name="profile"/>.</summary>
    public static string Apply(string html, TailwindProfile profile) =>
        profile.Compiled
            ? ClassAttribute()
                .Replace(html, m => m.Groups["before"].Value + Rewrite(m.Groups["v"].Value, profile) + "\"")
            : html;

    /// <summary>One class list in the profile's idiom, order kept.</summary>
    public static string Rewrite(string classList, TailwindProfile profile)
    {
        var classes = classList.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        classes.RemoveAll(c => c == "transform");
        for (var i = 0; i < classes.Count; i++)
            classes[i] = Renamed(classes[i], V3Names);
        MergeSize(classes);
        ArbitraryValues.Apply(classes, classList);
        if (classes.Any(c => DisplayHeading().IsMatch(c)) && !classes.Contains("text-balance"))
            classes.Add("text-balance");
        if (profile.Number >= 4)
        {
            MergeOpacity(classes);
            for (var i = 0; i < classes.Count; i++)
                classes[i] = Renamed(classes[i], V4Names);
        }
        return string.Join(' ', classes);
    }

    /// <summary>A class with its variant prefix (<c>md:hover:</c>) kept and its utility renamed when the table says.</summary>
    private static string Renamed(string name, Dictionary<string, string> names)
    {
        var split = name.LastIndexOf(':') + 1;
        return names.TryGetValue(name[split..], out var renamed) ? name[..split] + renamed : name;
    }

    /// <summary><c>w-12 h-12</c> (same variant, same value) becomes <c>size-12</c> where the width stood.</summary>
    private static void MergeSize(List<string> classes)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            var split = classes[i].LastIndexOf(':') + 1;
            var (prefix, utility) = (classes[i][..split], classes[i][split..]);
            if (!utility.StartsWith("w-", StringComparison.Ordinal) || utility is "w-full" or "w-screen" or "w-auto")
                continue;
            var height = prefix + "h-" + utility[2..];
            var at = classes.IndexOf(height);
            if (at < 0)
                continue;
            classes[i] = prefix + "size-" + utility[2..];
            classes.RemoveAt(at);
            if (at < i)
                i--;
        }
    }

    /// <summary>
    /// <c>bg-sky-600 bg-opacity-50</c> becomes <c>bg-sky-600/50</c> (border and ring alike, variants matched, a hover
    /// opacity with no hover colour applied to the base colour); an opacity with no colour to modify is dropped, as it
    /// changed nothing in 2.2.19 either.
    /// </summary>
    private static void MergeOpacity(List<string> classes)
    {
        for (var i = classes.Count - 1; i >= 0; i--)
        {
            if (OpacityClass().Match(classes[i]) is not { Success: true } opacity)
                continue;
            var (variant, kind, amount) = (
                opacity.Groups["variant"].Value,
                opacity.Groups["kind"].Value,
                opacity.Groups["amount"].Value
            );
            classes.RemoveAt(i);
            var colour = ColourIndex(classes, variant, kind);
            if (colour >= 0)
                classes[colour] = classes[colour] + "/" + amount;
            else if (variant.Length > 0 && ColourIndex(classes, "", kind) is var baseColour and >= 0)
                classes.Add(variant + classes[baseColour] + "/" + amount);
        }
    }

    private static int ColourIndex(List<string> classes, string variant, string kind) =>
        classes.FindIndex(c =>
            c.StartsWith(variant + kind + "-", StringComparison.Ordinal)
            && c.LastIndexOf(':') + 1 == variant.Length
            && ColourName().IsMatch(c[(variant.Length + kind.Length + 1)..])
        );

    [GeneratedRegex(@"(?<before>\bclass="")(?<v>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ClassAttribute();

    [GeneratedRegex(
        @"^(?<variant>(?:[a-z0-9-]+:)*)(?<kind>bg|border|ring|text|divide|placeholder)-opacity-(?<amount>\d+)$"
    )]
    private static partial Regex OpacityClass();

    [GeneratedRegex(
        @"^(?:white|black|(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3})$"
    )]
    private static partial Regex ColourName();

    [GeneratedRegex(@"^(?:[a-z0-9-]+:)*text-[3-9]xl$")]
    private static partial Regex DisplayHeading();
}
