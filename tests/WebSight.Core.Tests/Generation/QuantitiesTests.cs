using WebSight.Core.Generation.Copy;

namespace WebSight.Core.Tests.Generation;

/// <summary>Catalogue counts redrawn per page: which numbers move, and that the phrase around them stays.</summary>
public sealed class QuantitiesTests
{
    [Theory]
    [InlineData("Two synthetic oil changes a year", "^(Two|Three|Four|Five) synthetic oil changes a year$")]
    [InlineData("Up to 16 hours of fixes", @"^Up to \d+ hours of fixes$")]
    [InlineData("Hot desk access for 1,200 members", @"^Hot desk access for \d{1,3}(,\d{3})* members$")]
    [InlineData("15% off every order", @"^\d+% off every order$")]
    public void A_count_of_two_or_more_is_redrawn_and_keeps_its_form(string phrase, string pattern)
    {
        var seen = new HashSet<string>();
        for (var seed = 0; seed < 200; seed++)
        {
            var varied = Quantities.Vary(phrase, new Random(seed));
            Assert.Matches(pattern, varied);
            seen.Add(varied);
        }

        Assert.True(seen.Count >= 4, string.Join(" | ", seen));
    }

    [Theory]
    [InlineData("A campus library open 24 hours")]
    [InlineData("Support 24/7 by phone")]
    [InlineData("Free place on one workshop a year")]
    [InlineData("Wet Cat Food Variety Pack, 85g")]
    [InlineData("Less waste than in 2022")]
    [InlineData("Open 7 days a week from 8:30")]
    [InlineData("200% happiness guarantee")]
    [InlineData("Rated 4.8 by 100% of guests")]
    public void Years_units_times_calendar_facts_claims_and_single_items_stay_as_written(string phrase)
    {
        for (var seed = 0; seed < 50; seed++)
            Assert.Equal(phrase, Quantities.Vary(phrase, new Random(seed)));
    }

    [Fact]
    public void A_share_stays_below_all_of_it()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var varied = Quantities.Vary("60% off your first box", new Random(seed));
            Assert.InRange(int.Parse(varied.Split('%')[0]), 2, 90);
        }
    }
}
