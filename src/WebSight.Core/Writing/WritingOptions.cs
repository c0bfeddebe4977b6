using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>
/// How output is committed while running and laid out at the end. Each setting's flag and default are declared
/// here once, in the flag's unit; the CLI and the messages use them.
/// </summary>
internal sealed class WritingOptions
{
    public const string PartRowsFlag = "--part-rows";
    public const int DefaultPartRows = 64;

    public const string ShardSizeMbFlag = "--shard-size-mb";
    public const int DefaultShardSizeMb = 400;

    public const string NoRejectsFlag = "--no-rejects";

    public const string SplitFlag = "--split";

    /// <summary>Row groups of about 100 MB, the layout Hugging Face readers expect.</summary>
    private const long RowGroupTargetBytes = 100L * Megabyte;

    private const long Megabyte = 1024 * 1024;

    private readonly long? _rowGroupBytes;

    /// <summary>Rows per committed part; a killed run loses at most the rows not yet in a part.</summary>
    public int PartRows { get; init; } = DefaultPartRows;

    /// <summary>Largest final shard; Hugging Face datasets are usually split into a few hundred MB per file.</summary>
    public long ShardMaxBytes { get; init; } = DefaultShardSizeMb * Megabyte;

    /// <summary>Target row group size inside a shard: about 100 MB, and never more than a shard.</summary>
    public long RowGroupBytes
    {
        get => _rowGroupBytes ?? Math.Min(RowGroupTargetBytes, ShardMaxBytes);
        init => _rowGroupBytes = value;
    }

    public bool WriteRejects { get; init; } = true;

    /// <summary>The share of pages held out as the test split (--split test=F); 0 for none.</summary>
    public double TestShare { get; init; }

    /// <summary>These settings with another test share: a merge or export keeps the split its run was made with.</summary>
    public WritingOptions WithTestShare(double testShare) =>
        new()
        {
            PartRows = PartRows,
            ShardMaxBytes = ShardMaxBytes,
            RowGroupBytes = RowGroupBytes,
            WriteRejects = WriteRejects,
            TestShare = testShare,
        };

    public void Validate()
    {
        if (PartRows is < 1 or > 100_000)
            throw new OptionsException(PartRowsFlag, "must be between 1 and 100000");
        if (ShardMaxBytes < Megabyte)
            throw new OptionsException(ShardSizeMbFlag, "must be at least 1");
        if (TestShare != 0)
            DatasetSplit.CheckShare(TestShare, SplitFlag);
        // No flag sets this one (it follows the shard size), so the message names the setting.
        if (RowGroupBytes < Megabyte || RowGroupBytes > ShardMaxBytes)
            throw new OptionsException(
                $"{nameof(WritingOptions)}.{nameof(RowGroupBytes)}",
                "must be at least 1 MB and at most the shard size"
            );
    }
}
