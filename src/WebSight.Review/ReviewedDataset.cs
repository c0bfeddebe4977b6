using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// A dataset opened for review: its files, the index of its rows, the reviewers' decisions and the image analysis.
/// The review app and the export open a dataset the same way, through <see cref="OpenAsync"/>.
/// </summary>
internal sealed class ReviewedDataset : IDisposable
{
    private ReviewedDataset(SampleIndex index, DecisionStore decisions, DatasetAnalysis analysis)
    {
        Index = index;
        Decisions = decisions;
        Analysis = analysis;
    }

    public DatasetFiles Files => Index.Files;

    public SampleIndex Index { get; }

    public DecisionStore Decisions { get; }

    public DatasetAnalysis Analysis { get; }

    /// <summary>Opens the dataset in a directory; <paramref name="log"/> hears of what opening repaired on its own.</summary>
    public static async Task<ReviewedDataset> OpenAsync(
        string directory,
        QualityOptions quality,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        var files = DatasetFiles.Locate(directory);
        var index = await SampleIndex.BuildAsync(files, cancellationToken);
        var decisions = new DecisionStore(files.DecisionsDatabase);
        try
        {
            return new ReviewedDataset(index, decisions, new DatasetAnalysis(index, quality, log));
        }
        catch
        {
            // The analysis could not start (bad quality options, say): the decisions must not stay open behind it.
            decisions.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Analysis.Dispose();
        Decisions.Dispose();
    }
}
