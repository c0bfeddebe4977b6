using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>How output is committed while running and laid out at the end.</summary>
internal sealed class WritingOptions
{
    /// <summary>Rows per committed part; a killed run loses at most the rows not yet in a part.</summary>
    public int PartRows { get; init; } = 64;

    /// <summary>Largest final shard; Hugging Face datasets are usually split into a few hundred MB per file.</summary>
    public long ShardMaxBytes { get; init; } = 400L * 1024 * 1024;

    /// <summary>Target row group size inside a shard.</summary>
    public long RowGroupBytes { get; init; } = 100L * 1024 * 1024;

    public bool WriteRejects { get; init; } = true;

    public void Validate()
    {
        if (PartRows is < 1 or > 100_000)
            throw new OptionsException("--part-rows", "must be between 1 and 100000");
        if (ShardMaxBytes < 1024 * 1024)
            throw new OptionsException("--shard-size-mb", "must be at least 1");
        if (RowGroupBytes < 1024 * 1024 || RowGroupBytes > ShardMaxBytes)
            throw new OptionsException("--row-group-mb", "must be at least 1 and at most the shard size");
    }
}
