using System.Globalization;
using WebSight.Core.Foundation;
using WebSight.Core.Rendering;

namespace WebSight.Core.Quality;

/// <summary>
/// Checks rendered samples: measures the screenshot, applies the thresholds to it and to the page probe, and
/// compares its hashes with every sample that passed before it. Thread-safe; "earlier" means checked earlier.
/// </summary>
internal sealed class QualityChecker
{
    private readonly QualityOptions _options;
    private readonly NearDuplicateIndex _seen;

    public QualityChecker(QualityOptions options)
    {
        options.Validate();
        _options = options;
        _seen = new NearDuplicateIndex(options.ImageHashMaxDistance, options.TextHashMaxDistance);
    }

    /// <summary>Rows already committed (a resumed run): later samples are near-duplicates of them as of any other.</summary>
    public void Remember(IEnumerable<(string Id, ulong ImageHash, ulong TextHash)> committed)
    {
        foreach (var (id, imageHash, textHash) in committed)
            _seen.Add(id, imageHash, textHash);
    }

    /// <summary>Samples that passed and now stand for their near-duplicates.</summary>
    public int Remembered => _seen.Count;

    public QualityReport Check(string id, ReadOnlySpan<byte> image, PageProbeResult? probe, string visibleText)
    {
        var measured = ImageAnalyzer.Analyze(image);
        var textHash = TextSimHash.Compute(visibleText);
        var failures = QualityRules.Failures(measured, probe, _options);

        // A sample rejected for another reason must not shadow later good samples, so only survivors are remembered.
        NearDuplicateMatch? duplicate = null;
        if (failures.Count == 0 || _options.KeepFlagged)
            duplicate = _seen.CheckAndAdd(id, measured.PerceptualHash, textHash);
        if (duplicate is not null)
            failures.Add(
                (
                    RejectReason.NearDuplicate,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"near-duplicate of {duplicate.Id} (image distance {duplicate.ImageDistance}, text distance {duplicate.TextDistance})"
                    )
                )
            );

        var metrics = new QualityMetrics(
            measured.LumaStdDev,
            measured.DominantShare,
            measured.ContentShare,
            measured.PerceptualHash,
            textHash,
            probe?.OverflowPixels,
            probe?.BrokenImages,
            probe?.OverflowingTextElements,
            duplicate?.Id
        );
        return new QualityReport(
            metrics,
            failures.Select(f => f.Reason).ToList(),
            string.Join("; ", failures.Select(f => f.Detail))
        );
    }
}
