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

    public QualityReport Check(string id, ReadOnlySpan<byte> image, PageProbeResult? probe, string visibleText) =>
        CheckPage(id, [(image.ToArray(), probe)], visibleText)[0];

    /// <summary>
    /// Checks every viewport render of one page: each against the thresholds, and, when all pass (or flagged samples
    /// are kept), all together against earlier pages' renders, never against each other.
    /// </summary>
    public IReadOnlyList<QualityReport> CheckPage(
        string id,
        IReadOnlyList<(byte[] Image, PageProbeResult? Probe)> views,
        string visibleText
    )
    {
        var textHash = TextSimHash.Compute(visibleText);
        var measured = views.Select(v => ImageAnalyzer.Analyze(v.Image)).ToList();
        var failures = views.Select((v, i) => QualityRules.Failures(measured[i], v.Probe, _options)).ToList();

        // A page rejected for another reason must not shadow later good pages, so only survivors are remembered.
        var duplicates = new NearDuplicateMatch?[views.Count];
        if (failures.All(f => f.Count == 0) || _options.KeepFlagged)
            duplicates = _seen.CheckAndAddAll(id, measured.Select(m => (m.PerceptualHash, textHash)).ToList());
        return views.Select((v, i) => Report(measured[i], textHash, v.Probe, failures[i], duplicates[i])).ToList();
    }

    private static QualityReport Report(
        ImageMetrics measured,
        ulong textHash,
        PageProbeResult? probe,
        List<(RejectReason Reason, string Detail)> failures,
        NearDuplicateMatch? duplicate
    )
    {
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
