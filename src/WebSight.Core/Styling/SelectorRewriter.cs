using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using WebSight.Core.Setup;

namespace WebSight.Core.Styling;

/// <summary>
/// Rewrites the selectors of a Tailwind stylesheet to a page's semantic classes: every utility class in a selector
/// becomes each semantic class whose element carries it (a selector naming several utilities, like
/// <c>.group:hover .group-hover\:text-white</c>, becomes every pairing), so each element matches exactly the rules
/// it matched before. A selector naming a class no element carries is dropped; one naming no class (the base
/// styles) is kept only when it matches something in the page.
/// </summary>
internal sealed partial class SelectorRewriter(IDocument document, IReadOnlyDictionary<string, List<string>> classesOf)
{
    /// <summary>More pairings than this in one selector is not a Tailwind page; the selector is dropped.</summary>
    private const int MaxPairings = 256;

    /// <summary>The rewritten selector list, or null when no selector of it applies to the page.</summary>
    /// <param name="nested">A selector inside another rule (<c>&amp;:hover</c>): kept as it is when it names no class.</param>
    public string? Rewrite(string selector, bool nested)
    {
        var kept = new List<string>();
        foreach (var part in CssTree.SplitSelectors(selector))
        {
            var tokens = ClassTokens(part);
            if (tokens.Count == 0)
            {
                if (nested || Applies(part))
                    kept.Add(part);
                continue;
            }
            kept.AddRange(Pairings(part, tokens));
        }
        kept = kept.Distinct(StringComparer.Ordinal).ToList();
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    private List<string> Pairings(string part, List<ClassToken> tokens)
    {
        var results = new List<string> { "" };
        var copied = 0;
        foreach (var token in tokens)
        {
            if (!classesOf.TryGetValue(token.Name, out var names))
                return [];
            var between = part[copied..token.Start];
            results = results.SelectMany(r => names.Select(n => r + between + "." + n)).ToList();
            if (results.Count > MaxPairings)
                return [];
            copied = token.End;
        }
        return results.Select(r => r + part[copied..]).ToList();
    }

    /// <summary>The class names in a selector with where each starts (at its dot) and ends, escapes decoded.</summary>
    public static List<ClassToken> ClassTokens(string selector)
    {
        var tokens = new List<ClassToken>();
        var builder = new StringBuilder();
        for (var i = 0; i < selector.Length; i++)
        {
            if (selector[i] == '[')
            {
                // Attribute values may hold dots: [href$=".pdf"].
                var close = selector.IndexOf(']', i);
                i = close < 0 ? selector.Length : close;
                continue;
            }
            if (selector[i] != '.')
                continue;
            var j = CssClassNames.Read(selector, i + 1, builder);
            if (builder.Length > 0)
                tokens.Add(new ClassToken(builder.ToString(), i, j));
            i = j - 1;
        }
        return tokens;
    }

    /// <summary>
    /// Whether a class-free selector (a base style) matches an element of the page. Pseudo-elements and state
    /// pseudo-classes are set aside for the query; pseudo-elements of form controls need such a control; other
    /// engines' prefixed selectors never apply in Chromium. What AngleSharp cannot evaluate is kept.
    /// </summary>
    private bool Applies(string selector)
    {
        if (
            selector.Contains(":-moz-", StringComparison.Ordinal)
            || selector.Contains(":-ms-", StringComparison.Ordinal)
        )
            return false;
        foreach (var (pseudo, needs) in ControlPseudoElements)
        {
            if (selector.Contains(pseudo, StringComparison.Ordinal) && !Matches(needs))
                return false;
        }
        var structural = PseudoElementOrState().Replace(selector, "").Trim();
        if (structural.Length == 0 || structural.EndsWith('>') || structural.EndsWith('~') || structural.EndsWith('+'))
            structural += "*";
        return Matches(structural);
    }

    private bool Matches(string selector)
    {
        try
        {
            return document.QuerySelector(selector) is not null;
        }
        catch (DomException)
        {
            return true;
        }
    }

    private static readonly (string Pseudo, string Needs)[] ControlPseudoElements =
    [
        ("placeholder", "input, textarea"),
        ("file-selector-button", "input[type=file]"),
        ("file-upload-button", "input[type=file]"),
        ("spin-button", "input[type=number]"),
        ("search-", "input[type=search]"),
        ("date", "input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week]"),
        (
            "calendar-picker",
            "input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week]"
        ),
        ("::backdrop", "dialog, [popover]"),
        ("::marker", "li, summary"),
        (":-webkit-autofill", "input"),
    ];

    [GeneratedRegex(
        @"::[\w-]+(\([^()]*\))?|:(before|after|first-line|first-letter|hover|focus|focus-visible|focus-within|active|visited|link|any-link|target|autofill|placeholder-shown|invalid|valid|user-invalid|open|popover-open|modal|fullscreen|-webkit-[\w-]+)(?![\w-])",
        RegexOptions.None,
        1000
    )]
    private static partial Regex PseudoElementOrState();

    public sealed record ClassToken(string Name, int Start, int End);
}
