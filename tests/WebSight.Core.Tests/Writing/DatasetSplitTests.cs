using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Writing;

public sealed class DatasetSplitTests
{
    [Fact]
    public void The_test_split_takes_about_its_share_of_ids_and_always_the_same_ones()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => SampleSpec.For(3, i).Id).ToList();
        var test = ids.Where(id => DatasetSplit.Of(id, 0.02) == DatasetSplit.Test).ToList();
        Assert.InRange(test.Count, 320, 480);
        Assert.Equal(test, ids.Where(id => DatasetSplit.Of(id, 0.02) == DatasetSplit.Test));
        // A larger share keeps every id the smaller one held out: a page never moves from test to train.
        Assert.All(test, id => Assert.Equal(DatasetSplit.Test, DatasetSplit.Of(id, 0.1)));
        Assert.All(ids, id => Assert.Equal(DatasetSplit.Train, DatasetSplit.Of(id, 0)));
    }

    [Theory]
    [InlineData("test=0.02", 0.02)]
    [InlineData("test=0.5", 0.5)]
    public void A_valid_split_parses(string value, double share) =>
        Assert.Equal(share, DatasetSplit.ParseTestShare(value, WritingOptions.SplitFlag));

    [Theory]
    [InlineData("train=0.1")]
    [InlineData("test=0")]
    [InlineData("test=-0.1")]
    [InlineData("test=0.51")]
    [InlineData("test=NaN")]
    [InlineData("test")]
    public void A_bad_split_names_the_flag(string value)
    {
        var error = Assert.Throws<OptionsException>(() => DatasetSplit.ParseTestShare(value, WritingOptions.SplitFlag));
        Assert.Equal(WritingOptions.SplitFlag, error.Option);
    }
}
