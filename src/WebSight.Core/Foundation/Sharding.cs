using System.Globalization;

namespace WebSight.Core.Foundation;

/// <summary>
/// Which slice of a run this worker owns: shard <c>k</c> of <c>n</c> owns the sample indices with
/// <c>index % n == k</c>, so workers never overlap and together cover exactly what one worker would.
/// </summary>
internal sealed record Sharding(int Index, int Count)
{
    public static readonly Sharding Single = new(0, 1);

    public bool Owns(long index) => index % Count == Index;

    /// <summary>The first index this shard owns; the next ones follow every <see cref="Count"/>.</summary>
    public long FirstIndex => Index;

    /// <summary>How many of the indices 0..total-1 this shard owns.</summary>
    public int ShareOf(int total) => total <= Index ? 0 : (total - Index + Count - 1) / Count;

    /// <summary>
    /// From explicit flags, else from a Kubernetes Indexed Job (<c>JOB_COMPLETION_INDEX</c>, with the count from
    /// the flag) or a Slurm job array (<c>SLURM_ARRAY_TASK_ID</c>, <c>SLURM_ARRAY_TASK_COUNT</c>).
    /// </summary>
    public static Sharding Resolve(int? index, int? count, Func<string, string?> environment)
    {
        index ??=
            Parse(environment("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX")
            ?? Parse(environment("SLURM_ARRAY_TASK_ID"), "SLURM_ARRAY_TASK_ID");
        count ??= Parse(environment("SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_COUNT");
        if (index is null && count is null)
            return Single;
        if (count is null)
            throw new OptionsException(
                "--shard-count",
                $"shard index {index} is set but not how many shards there are"
            );
        var sharding = new Sharding(index ?? 0, count.Value);
        sharding.Validate();
        return sharding;
    }

    public void Validate()
    {
        if (Count < 1)
            throw new OptionsException("--shard-count", "must be at least 1");
        if (Index < 0 || Index >= Count)
            throw new OptionsException("--shard-index", $"must be between 0 and {Count - 1}");
    }

    private static int? Parse(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new OptionsException(name, $"'{value}' is not a shard number");
    }
}
