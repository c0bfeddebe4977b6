namespace WebSight.Core.Generation.Design;

/// <summary>
/// Which optional parts a page's cards and headings carry (icon or picture, badge, footer link, eyebrow, actions),
/// and which of the interchangeable tags its author prefers (section or div, article or div, h2 or h3).
/// Drawn once per page so its cards match each other, while pages differ in structure, not only in colour.
/// </summary>
internal sealed record CardAnatomy(
    int Media,
    bool Badge,
    bool FooterLink,
    bool Meta,
    bool Eyebrow,
    bool HeadingActions,
    bool AccentBadges,
    bool Divider,
    bool WrapInner,
    string SectionTag,
    string CardTag,
    string HeadTag,
    string TitleTag
)
{
    public static CardAnatomy Draw(Random rng)
    {
        bool Coin(double p) => rng.NextDouble() < p;
        return new CardAnatomy(
            Media: rng.Next(4),
            Badge: Coin(0.35),
            FooterLink: Coin(0.4),
            Meta: Coin(0.3),
            Eyebrow: Coin(0.4),
            HeadingActions: Coin(0.25),
            AccentBadges: Coin(0.5),
            Divider: Coin(0.3),
            WrapInner: Coin(0.5),
            SectionTag: Coin(0.7) ? "section" : "div",
            CardTag: Coin(0.6) ? "div" : "article",
            HeadTag: Coin(0.6) ? "div" : "header",
            TitleTag: Coin(0.8) ? "h2" : "h3"
        );
    }
}
