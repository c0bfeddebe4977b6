namespace WebSight.Core.Llm;

/// <summary>
/// A per-batch angle for the ideas prompt — who the sites are for, where, at what price, from which era, in what
/// style — drawn from (run seed, batch). Topics alone repeat after a few dozen batches; with the angle the same
/// topic is asked about in thousands of different ways, so the lists of a large run stay apart.
/// </summary>
internal static class IdeaAngles
{
    internal static readonly string[] Audiences =
    [
        "students",
        "retired people",
        "young families",
        "small business owners",
        "tourists",
        "hobbyists",
        "professionals in a hurry",
        "teenagers",
        "local residents",
        "collectors",
        "first-time buyers",
        "experts",
    ];

    internal static readonly string[] Regions =
    [
        "a small mountain town",
        "a big Asian city",
        "rural South America",
        "a Scandinavian suburb",
        "a Mediterranean island",
        "West Africa",
        "the American Midwest",
        "an Australian beach town",
        "Central Europe",
        "a Canadian lake region",
        "the Middle East",
        "a Japanese village",
    ];

    internal static readonly string[] PriceLevels =
    [
        "budget",
        "mid-range",
        "premium",
        "luxury",
        "free or donation-based",
        "subscription-based",
    ];

    internal static readonly string[] Eras =
    [
        "founded a century ago",
        "a brand-new start-up",
        "a family business in its third generation",
        "reopened after a renovation",
        "a seasonal pop-up",
        "growing fast into new cities",
    ];

    internal static readonly string[] Styles =
    [
        "minimalist",
        "playful",
        "corporate",
        "retro",
        "editorial",
        "bold and colourful",
        "elegant",
        "technical",
        "handmade and warm",
        "dark and moody",
        "airy and pastel",
        "brutalist",
    ];

    public static string For(Random random) =>
        $"{Pick(random, Styles)} sites of {Pick(random, PriceLevels)} places for {Pick(random, Audiences)} "
        + $"in {Pick(random, Regions)}, some {Pick(random, Eras)}";

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
