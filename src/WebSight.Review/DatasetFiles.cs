using WebSight.Core.Foundation;

namespace WebSight.Review;

/// <summary>
/// The Parquet files of a dataset directory (data/*.parquet) or, for a run still in progress, its committed parts,
/// and where the review keeps its state. Nothing here ever takes a path from a request.
/// </summary>
internal sealed record DatasetFiles(string Root, IReadOnlyList<string> Parquet)
{
    public string StateDirectory => Path.Combine(Root, "state");

    public string DecisionsDatabase => Path.Combine(StateDirectory, "review.sqlite");

    public string CacheDirectory => Path.Combine(StateDirectory, "review");

    public string StatsFile => Path.Combine(Root, "stats.json");

    public static DatasetFiles Locate(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            throw new OptionsException("DIR", $"'{directory}' is not a directory");
        var root = Path.GetFullPath(directory);
        foreach (var (folder, pattern) in new[] { ("data", "*.parquet"), ("parts", "part-*.parquet") })
        {
            var folderPath = Path.Combine(root, folder);
            if (!Directory.Exists(folderPath))
                continue;
            var files = Directory.EnumerateFiles(folderPath, pattern).Order(StringComparer.Ordinal).ToList();
            if (files.Count > 0)
                return new DatasetFiles(root, files);
        }
        throw new OptionsException(
            "DIR",
            $"{root} has no data/*.parquet (a finished dataset) nor parts/part-*.parquet (a run in progress)"
        );
    }
}
