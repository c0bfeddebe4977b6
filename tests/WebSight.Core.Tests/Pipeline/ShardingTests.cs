using WebSight.Core.Foundation;

namespace WebSight.Core.Tests.Pipeline;

public sealed class ShardingTests
{
    private static Func<string, string?> Environment(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Shards_split_indices_disjointly_and_cover_every_index_once()
    {
        var shards = Enumerable.Range(0, 3).Select(k => new Sharding(k, 3)).ToList();
        for (var index = 0L; index < 100; index++)
            Assert.Single(shards, s => s.Owns(index));
        Assert.Equal(100, shards.Sum(s => s.ShareOf(100)));
        Assert.Equal([34, 33, 33], shards.Select(s => s.ShareOf(100)));
    }

    [Fact]
    public void Flags_win_then_kubernetes_then_slurm()
    {
        Assert.Equal(Sharding.Single, Sharding.Resolve(null, null, Environment()));
        Assert.Equal(new Sharding(2, 5), Sharding.Resolve(2, 5, Environment(("SLURM_ARRAY_TASK_ID", "1"))));
        Assert.Equal(new Sharding(3, 4), Sharding.Resolve(null, 4, Environment(("JOB_COMPLETION_INDEX", "3"))));
        Assert.Equal(
            new Sharding(1, 8),
            Sharding.Resolve(null, null, Environment(("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_COUNT", "8")))
        );
    }

    [Fact]
    public void Impossible_shards_are_refused_naming_the_flag()
    {
        Assert.Equal(
            "--shard-index",
            Assert.Throws<OptionsException>(() => Sharding.Resolve(3, 3, Environment())).Option
        );
        Assert.Equal(
            "--shard-count",
            Assert
                .Throws<OptionsException>(() =>
                    Sharding.Resolve(null, null, Environment(("JOB_COMPLETION_INDEX", "0")))
                )
                .Option
        );
        Assert.Equal(
            "SLURM_ARRAY_TASK_ID",
            Assert
                .Throws<OptionsException>(() => Sharding.Resolve(null, 2, Environment(("SLURM_ARRAY_TASK_ID", "x"))))
                .Option
        );
    }
}
