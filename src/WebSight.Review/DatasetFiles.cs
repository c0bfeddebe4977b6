using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Review;

/// <summary>
/// The Parquet files of a dataset directory (data/*.parquet) or, for a run still in progress, its committed parts,
/// and where the review keeps its state. Nothing here ever takes a path from a request.
/// </summary>
internal sealed record DatasetFiles(string Root, IReadOnlyList<string> Parquet)
{
    private RunDirectory Run => new(Root);

    public string StateDirectory => Run.State;

    public string DecisionsDatabase => Path.Combine(StateDirectory, "review.sqlite");

    public string CacheDirectory => Path.Combine(StateDirectory, "review");

    public string StatsFile => Run.Stats;

    public static DatasetFiles Locate(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            throw new OptionsException("DIR", $"'{directory}' is not a directory");
        var root = Path.GetFullPath(directory);
        var run = new RunDirectory(root);
        var shards = run.Shards();
        if (shards.Count > 0)
            return new DatasetFiles(root, shards);
        // A run still in progress: its committed parts.
        var parts = new PartStore(run).Parts();
        if (parts.Count > 0)
            return new DatasetFiles(root, parts);
        throw new OptionsException(
            "DIR",
            $"{root} has no data/*.parquet (a finished dataset) nor parts/part-*.parquet (a run in progress)"
        );
    }
}
