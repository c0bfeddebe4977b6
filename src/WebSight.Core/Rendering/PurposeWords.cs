using System.Collections.Frozen;

namespace WebSight.Core.Rendering;

/// <summary>
/// Common keyword words and the purpose of the picture they ask for: the catalogue's business keywords and what
/// a page author (or an LLM) writes after <c>?</c>. Plurals are folded by dropping a final "s".
/// </summary>
internal static class PurposeWords
{
    private static readonly FrozenDictionary<string, ImagePurpose> Words = Build(
        (
            ImagePurpose.Portrait,
            "person people team woman women man men doctor chef portrait face avatar founder ceo staff employee "
                + "nurse lawyer attorney teacher student coach barista baker artist photographer model bride couple "
                + "family pilot mechanic plumber agent realtor reporter volunteer patient customer user author "
                + "host member profile headshot manager engineer designer developer trainer therapist "
                + "dentist stylist musician band children child kid girl boy guide instructor"
        ),
        (
            ImagePurpose.Food,
            "food pizza coffee bread cake pastry croissant sourdough dessert meal dish dinner lunch breakfast "
                + "brunch salad soup burger tacos sushi pasta noodle ramen steak espresso latte tea cookie donut "
                + "cupcake plate bowl restaurant dining menu cafe bakery grill bbq fruit vegetable sandwich wine "
                + "beer cocktail drink juice smoothie icecream chocolate cheese"
        ),
        (
            ImagePurpose.Building,
            "house home office hotel building architecture facade apartment tower skyscraper museum hospital "
                + "school university campus college library church store shop storefront property realestate "
                + "construction cabin villa bank warehouse factory garage station airport venue clinic brewery "
                + "winery stadium castle barn"
        ),
        (
            ImagePurpose.Interior,
            "room kitchen interior livingroom bedroom bathroom lobby lounge suite workspace coworking desk decor "
                + "furniture sofa classroom studio gym spa salon showroom taproom cellar reception meeting "
                + "courtroom hallway loft"
        ),
        (
            ImagePurpose.Product,
            "product bike bicycle shoe sneaker boot watch phone smartphone laptop camera headphones speaker "
                + "bottle perfume cosmetics mug cup box package gift bag backpack jewelry ring necklace bracelet "
                + "earring lamp chair toy gadget electronics tablet keyboard guitar vinyl turntable helmet tire "
                + "car sedan suv vehicle truck candle soap sunglasses hat shirt dress jacket knitwear denim"
        ),
        (
            ImagePurpose.Landscape,
            "landscape nature mountain beach sea ocean lake river forest tree sky sunset sunrise island coast "
                + "desert field valley hill travel vacation adventure outdoor park garden city street skyline "
                + "village road trail camping snow water"
        ),
        (ImagePurpose.Logo, "logo brand mark emblem icon badge partner client sponsor"),
        (
            ImagePurpose.Illustration,
            "illustration abstract pattern art design creative concept idea startup software app cloud code "
                + "network security innovation technology tech digital ai"
        ),
        (
            ImagePurpose.Chart,
            "chart graph analytics statistics stats data dashboard report finance growth metrics revenue sales "
                + "spreadsheet accounting"
        )
    );

    /// <summary>The purpose a word asks for, or null when it names none.</summary>
    public static ImagePurpose? Of(string word)
    {
        if (Words.TryGetValue(word, out var purpose))
            return purpose;
        if (word.Length > 3 && word.EndsWith('s') && Words.TryGetValue(word[..^1], out purpose))
            return purpose;
        return
            word.Length > 4
            && word.EndsWith("es", StringComparison.Ordinal)
            && Words.TryGetValue(word[..^2], out purpose)
            ? purpose
            : null;
    }

    private static FrozenDictionary<string, ImagePurpose> Build(params (ImagePurpose Purpose, string Words)[] lists)
    {
        var words = new Dictionary<string, ImagePurpose>(StringComparer.Ordinal);
        foreach (var (purpose, list) in lists)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words.TryAdd(word, purpose);
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
