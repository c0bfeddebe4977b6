using System.Text.RegularExpressions;
using WebSight.Core.Generation;

namespace WebSight.Core.Llm;

/// <summary>
/// Models over-use one colour (blue); WebSight swapped it for a random palette colour per page. Only Tailwind
/// colour utilities change (<c>bg-blue-500</c>, <c>hover:text-blue-700</c>), never the word in the text, and in
/// plain CSS the colours of that hue (<see cref="CssHueSwap"/>).
/// </summary>
internal sealed class ColourSwap
{
    private readonly string _colour;
    private readonly string[] _replacements;
    private readonly Regex _utility;

    public ColourSwap(string colour)
    {
        _colour = colour;
        _replacements = PageTheme.Colours.Where(c => c != colour).ToArray();
        _utility = new Regex(
            @"(?<=-)" + Regex.Escape(colour) + @"(?=-(?:50|[1-9]00)(?![\w-]))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled
        );
    }

    /// <summary>The colour this page gets instead, drawn from the sample's random source.</summary>
    public string Pick(Random random) => _replacements[random.Next(_replacements.Length)];

    public string Apply(string html, string replacement) =>
        replacement == _colour ? html : CssHueSwap.Apply(_utility.Replace(html, replacement), _colour, replacement);
}
