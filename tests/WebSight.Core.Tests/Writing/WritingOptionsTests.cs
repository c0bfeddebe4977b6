using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Writing;

/// <summary>The row-group rule follows the shard size; a setting no flag sets is named as a setting.</summary>
public sealed class WritingOptionsTests
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData(WritingOptions.DefaultShardSizeMb, 100)]
    [InlineData(100, 100)]
    [InlineData(30, 30)]
    [InlineData(1, 1)]
    public void Row_groups_are_100_MB_or_the_whole_shard_when_shards_are_smaller(int shardSizeMb, int rowGroupMb)
    {
        var options = new WritingOptions { ShardMaxBytes = shardSizeMb * Megabyte };

        Assert.Equal(rowGroupMb * Megabyte, options.RowGroupBytes);
        options.Validate();
    }

    [Fact]
    public void A_row_group_larger_than_a_shard_is_refused_under_the_setting_name_not_a_made_up_flag()
    {
        var options = new WritingOptions { ShardMaxBytes = 2 * Megabyte, RowGroupBytes = 3 * Megabyte };

        var error = Assert.Throws<OptionsException>(options.Validate);

        Assert.Equal($"{nameof(WritingOptions)}.{nameof(WritingOptions.RowGroupBytes)}", error.Option);
    }
}
