namespace WebSight.Core.Generation.Copy;

/// <summary>
/// What a business category can plausibly show: a shop sells online, a kitchen has a menu, a studio a portfolio.
/// Archetypes and sections ask these, so a construction company never gets a cart or a menu.
/// Categories from a user's own template set have no traits and get only the archetypes every business has.
/// </summary>
internal sealed record CategoryTraits(
    bool SellsOnline,
    bool ServesFood,
    bool Technical,
    bool Creative,
    bool HostsEvents,
    ShopGoods? Goods
)
{
    /// <summary>The shops, and what their product pictures show when a product's name does not say.</summary>
    private static readonly Dictionary<string, ShopGoods> Shops = new(StringComparer.Ordinal)
    {
        ["bakery"] = new("bread", "food"),
        ["bike-shop"] = new("bike", "product"),
        ["bookstore"] = new("book", "product"),
        ["coffee-shop"] = new("coffee", "product"),
        ["electronics-store"] = new("electronics", "product"),
        ["fashion-brand"] = new("shirt", "product"),
        ["florist"] = new("bouquet", "product"),
        ["furniture-store"] = new("sofa", "product"),
        ["jewelry-store"] = new("jewelry", "product"),
        ["pet-supplies"] = new("box", "product"),
        ["winery"] = new("wine", "product"),
        ["record-label"] = new("vinyl", "product"),
        ["brewery"] = new("beer", "product"),
    };

    private static readonly HashSet<string> Kitchens =
    [
        "bakery",
        "brewery",
        "coffee-shop",
        "food-truck",
        "restaurant",
        "winery",
        "boutique-hotel",
    ];

    private static readonly HashSet<string> TechnicalOnes =
    [
        "saas-analytics",
        "cloud-hosting",
        "cybersecurity",
        "fintech-bank",
        "mobile-app-studio",
        "online-school",
        "podcast-network",
        "insurance-agency",
        "public-library",
        "university",
        "language-school",
        "airline",
        "solar-energy",
    ];

    private static readonly HashSet<string> Studios =
    [
        "architecture-studio",
        "art-gallery",
        "construction-company",
        "fashion-brand",
        "interior-design",
        "landscaping",
        "mobile-app-studio",
        "photography-studio",
        "wedding-planner",
        "museum",
        "record-label",
        "real-estate-agency",
        "boutique-hotel",
        "florist",
    ];

    private static readonly HashSet<string> EventHosts =
    [
        "music-festival",
        "museum",
        "art-gallery",
        "university",
        "saas-analytics",
        "cloud-hosting",
        "cybersecurity",
        "fintech-bank",
        "brewery",
        "winery",
        "nonprofit-charity",
        "podcast-network",
        "language-school",
        "coworking-space",
        "public-library",
        "online-school",
        "news-magazine",
        "yoga-studio",
        "fitness-studio",
        "bookstore",
        "record-label",
    ];

    public static CategoryTraits Of(string slug) =>
        new(
            Shops.ContainsKey(slug),
            Kitchens.Contains(slug),
            TechnicalOnes.Contains(slug),
            Studios.Contains(slug),
            EventHosts.Contains(slug),
            Shops.GetValueOrDefault(slug)
        );
}

/// <summary>What a shop's product pictures show: a word the placeholder painters know, and the picture's purpose.</summary>
internal sealed record ShopGoods(string Word, string Purpose);
