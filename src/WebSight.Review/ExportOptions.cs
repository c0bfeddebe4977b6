using WebSight.Core.Foundation;

namespace WebSight.Review;

/// <summary>What `websight export` writes: which rows to keep from a reviewed dataset, and where.</summary>
internal sealed class ExportOptions
{
    public required string SourceDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Keep only rows a reviewer accepted; otherwise keep all but the rejected ones.</summary>
    public bool AcceptedOnly { get; init; }

    /// <summary>Drop rows with any QA flag, unless a reviewer accepted them.</summary>
    public bool ExcludeFlagged { get; init; }

    public long ShardMaxBytes { get; init; } = 400L * 1024 * 1024;

    public void Validate()
    {
        var source = DatasetFiles.Locate(SourceDirectory).Root;
        if (string.IsNullOrWhiteSpace(OutputDirectory))
            throw new OptionsException("--out", "is required");
        var output = Path.GetFullPath(OutputDirectory);
        if (output == source || output.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new OptionsException("--out", "must be outside the dataset being exported");
        if (
            Directory.Exists(Path.Combine(output, "data"))
            && Directory.EnumerateFileSystemEntries(Path.Combine(output, "data")).Any()
        )
            throw new OptionsException("--out", $"{output}/data already holds files; choose an empty directory");
        if (ShardMaxBytes < 1024 * 1024)
            throw new OptionsException("--shard-size-mb", "must be at least 1");
    }
}
