namespace WebSight.Core.Generation;

/// <summary>
/// The theme the classic section templates read (<c>theme.*</c>), as ready-made Tailwind 2.2.19 class strings;
/// the landing archetype fills it from the page's design tokens.
/// </summary>
internal sealed record PageTheme(
    string Primary,
    string Accent,
    bool Dark,
    string Font,
    string Bg,
    string Surface,
    string Card,
    string Text,
    string Heading,
    string Muted,
    string Border,
    string Rounded,
    string Shadow,
    string SectionY,
    string Container,
    string HeadingWeight
)
{
    /// <summary>The colours of the Tailwind 2.2.19 CDN build besides gray (the LLM colour swap draws from them too).</summary>
    public static readonly string[] Colours = Design.ColourScheme.Colours;
}
