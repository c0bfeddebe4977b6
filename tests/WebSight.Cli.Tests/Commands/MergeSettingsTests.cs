using WebSight.Cli.Commands;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests.Commands;

/// <summary>`websight merge`'s own flags, through the real command: checked before any input is read.</summary>
public sealed class MergeSettingsTests
{
    [Theory]
    [InlineData("--shard-size-mb", "0")]
    [InlineData("--dedup-image-distance", "32")]
    [InlineData("--dedup-text-distance", "-1")]
    public void An_out_of_range_value_is_reported_under_exactly_the_flag_that_carried_it(string flag, string value)
    {
        using var directory = new TempDirectory();
        var merged = directory.Combine("merged");

        var problem = Assert.Throws<OptionsException>(() =>
            InProcessCli.Run<MergeCommand>(directory.Combine("shard-0"), "--out", merged, flag, value)
        );

        Assert.Equal(flag, problem.Option);
        Assert.False(Directory.Exists(merged), "nothing may be written on bad usage");
    }
}
