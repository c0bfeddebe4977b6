using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Review;

/// <summary>
/// What `websight export` writes: which rows to keep from a reviewed dataset, and where. Each setting's flag is
/// declared here once (the shard size's in <see cref="WritingOptions"/>); the CLI and the messages use them.
/// </summary>
internal sealed class ExportOptions
{
    public const string OutFlag = "--out";

    public const string AcceptedOnlyFlag = "--accepted-only";

    public const string ExcludeFlaggedFlag = "--exclude-flagged";

    public required string SourceDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Keep only rows a reviewer accepted; otherwise keep all but the rejected ones.</summary>
    public bool AcceptedOnly { get; init; }

    /// <summary>Drop rows with any QA flag, unless a reviewer accepted them.</summary>
    public bool ExcludeFlagged { get; init; }

    public long ShardMaxBytes { get; init; } = WritingOptions.DefaultShardSizeMb * 1024L * 1024;

    public void Validate()
    {
        var source = DatasetFiles.Locate(SourceDirectory).Root;
        if (string.IsNullOrWhiteSpace(OutputDirectory))
            throw new OptionsException(OutFlag, "is required");
        var output = Path.GetFullPath(OutputDirectory);
        if (output == source || output.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new OptionsException(OutFlag, "must be outside the dataset being exported");
        if (
            Directory.Exists(Path.Combine(output, "data"))
            && Directory.EnumerateFileSystemEntries(Path.Combine(output, "data")).Any()
        )
            throw new OptionsException(OutFlag, $"{output}/data already holds files; choose an empty directory");
        if (ShardMaxBytes < 1024 * 1024)
            throw new OptionsException(WritingOptions.ShardSizeMbFlag, "must be at least 1");
    }
}
