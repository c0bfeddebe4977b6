namespace WebSight.Core.Generation.Archetypes;

/// <summary>Every archetype the template generator knows, by the name <c>--archetypes</c> uses, in a fixed order.</summary>
internal static class ArchetypeSet
{
    /// <summary>The composed archetypes; the landing page is added by the generator, which owns the section templates.</summary>
    public static readonly IReadOnlyList<IArchetype> Composed =
    [
        new ProductDetail(),
        new ShopGrid(),
        new BlogArticle(),
        new BlogIndex(),
        new Documentation(),
        new Dashboard(),
        new Pricing(),
        new SignIn(),
        new AccountSettings(),
        new Portfolio(),
        new EventPage(),
        new RestaurantMenu(),
        new JobBoard(),
        new ComingSoon(),
        new Newsletter(),
    ];

    public static readonly IReadOnlyList<string> Names =
    [
        ClassicLanding.ArchetypeName,
        .. Composed.Select(a => a.Name),
    ];
}
