using WebSight.Core.Rendering;

namespace WebSight.Core.Tests.Rendering;

/// <summary>How a keyword names what its picture is for.</summary>
public sealed class ImageKeywordTests
{
    /// <summary>A hundred keywords as pages write them, and the purpose each one documents.</summary>
    private static readonly (string Keyword, ImagePurpose Purpose)[] Documented =
    [
        .. Each(ImagePurpose.Portrait, "portrait,chef,3", "person", "team", "woman", "man", "doctor", "chef"),
        .. Each(ImagePurpose.Portrait, "people", "women", "nurse", "lawyer", "teacher", "barista", "founder"),
        .. Each(ImagePurpose.Food, "pizza", "coffee", "bread", "cake", "food,salad,1", "croissant", "sourdough"),
        .. Each(ImagePurpose.Food, "latte", "espresso", "burger", "tacos", "breakfast", "dinner", "restaurant"),
        .. Each(ImagePurpose.Building, "house", "office", "hotel", "building,bank,2", "architecture", "museum"),
        .. Each(ImagePurpose.Building, "hospital", "university", "campus", "apartment", "construction", "cabin"),
        .. Each(ImagePurpose.Interior, "room", "kitchen", "interior,loft,1", "livingroom", "bedroom", "bathroom"),
        .. Each(ImagePurpose.Interior, "lobby", "coworking", "furniture", "sofa", "classroom", "gym", "spa"),
        .. Each(ImagePurpose.Product, "bike", "shoe", "watch", "phone", "product,mug,1", "bicycle", "smartphone"),
        .. Each(ImagePurpose.Product, "laptop", "camera", "headphones", "jewelry", "necklace", "car", "guitar"),
        .. Each(ImagePurpose.Product, "shoes", "watches"),
        .. Each(ImagePurpose.Landscape, "landscape", "mountains", "beach", "forest", "travel", "city", "garden"),
        .. Each(ImagePurpose.Landscape, "island", "sunset", "camping", "vacation", "xyzzy", "", "42"),
        .. Each(ImagePurpose.Logo, "logo", "logo,acme,1", "brand", "partner", "sponsor"),
        .. Each(ImagePurpose.Illustration, "illustration", "abstract", "startup", "software", "app", "cloud"),
        .. Each(ImagePurpose.Chart, "chart", "chart,sales,2", "analytics", "dashboard", "finance", "data"),
    ];

    private static IEnumerable<(string, ImagePurpose)> Each(ImagePurpose purpose, params string[] keywords) =>
        keywords.Select(k => (k, purpose));

    [Fact]
    public void A_hundred_common_keywords_map_to_the_documented_purposes()
    {
        Assert.Equal(100, Documented.Length);
        var wrong = Documented
            .Select(d => (d.Keyword, d.Purpose, Actual: ImageKeyword.Parse(d.Keyword).Purpose))
            .Where(d => d.Actual != d.Purpose)
            .Select(d => $"{d.Keyword}: {d.Actual}, documented {d.Purpose}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_purpose_first_keeps_the_subject_after_it()
    {
        var keyword = ImageKeyword.Parse("Portrait,Chef,3");
        Assert.Equal(ImagePurpose.Portrait, keyword.Purpose);
        Assert.Equal("chef", keyword.Subject);
    }

    [Fact]
    public void An_unknown_first_word_takes_the_purpose_of_a_later_known_word()
    {
        var keyword = ImageKeyword.Parse("happy,customers");
        Assert.Equal(ImagePurpose.Portrait, keyword.Purpose);
        Assert.Equal("customers", keyword.Subject);
    }
}
