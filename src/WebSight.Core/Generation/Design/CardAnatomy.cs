namespace WebSight.Core.Generation.Design;

/// <summary>
/// Which optional parts a page's cards and headings carry (icon or picture, badge, footer link, eyebrow, actions).
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
    bool WrapInner
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
            WrapInner: Coin(0.5)
        );
    }
}
