using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Core.Diversity;

/// <summary>
/// Where a dataset's rows are: the final shards in data/, the parts of a run in progress, or a pages.jsonl (the file
/// itself or one in the directory), in that order of preference.
/// </summary>
internal sealed record DatasetSource(string Root, string Kind, IReadOnlyList<string> Files)
{
    public const string ShardsKind = "data";
    public const string PartsKind = "parts";
    public const string JsonLinesKind = "pages.jsonl";

    /// <summary>The dataset at <paramref name="path"/>, or an error naming the path when it holds none.</summary>
    public static DatasetSource Find(string path)
    {
        if (File.Exists(path))
            return new DatasetSource(Path.GetDirectoryName(Path.GetFullPath(path))!, JsonLinesKind, [path]);
        if (!Directory.Exists(path))
            throw new OptionsException(path, "no such directory or file");
        var run = new RunDirectory(path);
        if (run.Shards() is { Count: > 0 } shards)
            return new DatasetSource(path, ShardsKind, shards);
        if (new PartStore(run).Parts() is { Count: > 0 } parts)
            return new DatasetSource(path, PartsKind, parts);
        var lines = Path.Combine(path, PageLines.FileName);
        if (File.Exists(lines))
            return new DatasetSource(path, JsonLinesKind, [lines]);
        throw new OptionsException(
            path,
            $"holds no dataset: no data/*.parquet, no parts/*.parquet and no {PageLines.FileName}"
        );
    }

    /// <summary>The rows in batches (a row group, or a slice of lines), in file order.</summary>
    public IAsyncEnumerable<IReadOnlyList<StoredPage>> ReadAsync(CancellationToken cancellationToken) =>
        Kind == JsonLinesKind
            ? JsonLinePages.ReadAsync(Files[0], cancellationToken)
            : ParquetPages.ReadAsync(Files, cancellationToken);
}
