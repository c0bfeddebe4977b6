using WebSight.Core.Foundation;

namespace WebSight.Core.Quality;

/// <summary>
/// Thresholds of the automatic checks on a rendered sample. A sample past any of them is rejected, or flagged.
/// Each setting's flag and default are declared here once; the CLI and the messages use them.
/// </summary>
internal sealed class QualityOptions
{
    public const string QaMinLumaStdDevFlag = "--qa-min-luma-stddev";
    public const double DefaultQaMinLumaStdDev = 3;

    public const string QaMaxDominantShareFlag = "--qa-max-dominant-share";
    public const double DefaultQaMaxDominantShare = 0.995;

    public const string QaMinContentShareFlag = "--qa-min-content-share";
    public const double DefaultQaMinContentShare = 0.01;

    public const string QaMaxOverflowPxFlag = "--qa-max-overflow-px";
    public const int DefaultQaMaxOverflowPx = 2;

    public const string QaMaxBrokenImagesFlag = "--qa-max-broken-images";
    public const int DefaultQaMaxBrokenImages = 0;

    public const string QaMaxTextOverflowFlag = "--qa-max-text-overflow";
    public const int DefaultQaMaxTextOverflow = 0;

    public const string DedupImageDistanceFlag = "--dedup-image-distance";
    public const int DefaultDedupImageDistance = 6;

    public const string DedupTextDistanceFlag = "--dedup-text-distance";
    public const int DefaultDedupTextDistance = 8;

    public const string KeepFlaggedFlag = "--keep-flagged";

    /// <summary>A screenshot whose luma varies less than this (standard deviation, 0-255) is blank.</summary>
    public double MinLumaStdDev { get; init; } = DefaultQaMinLumaStdDev;

    /// <summary>A screenshot where one colour covers more than this share of pixels is blank.</summary>
    public double MaxDominantShare { get; init; } = DefaultQaMaxDominantShare;

    /// <summary>A screenshot where less than this share of pixels differs from the background has too little content.</summary>
    public double MinContentShare { get; init; } = DefaultQaMinContentShare;

    /// <summary>CSS pixels the document may be wider than the viewport before it counts as overflowing sideways.</summary>
    public int MaxOverflowPixels { get; init; } = DefaultQaMaxOverflowPx;

    /// <summary>Images that failed to load a page may have.</summary>
    public int MaxBrokenImages { get; init; } = DefaultQaMaxBrokenImages;

    /// <summary>Elements whose text spills out of their box a page may have.</summary>
    public int MaxOverflowingTextElements { get; init; } = DefaultQaMaxTextOverflow;

    /// <summary>Bits (of 64) two screenshots' perceptual hashes may differ by and still be near-duplicates.</summary>
    public int ImageHashMaxDistance { get; init; } = DefaultDedupImageDistance;

    /// <summary>Bits (of 64) two pages' text SimHashes may differ by and still be near-duplicates.</summary>
    public int TextHashMaxDistance { get; init; } = DefaultDedupTextDistance;

    /// <summary>Keep samples that fail a check, with the failures as flags, instead of rejecting them.</summary>
    public bool KeepFlagged { get; init; }

    public void Validate()
    {
        if (MinLumaStdDev is < 0 or > 128)
            throw new OptionsException(QaMinLumaStdDevFlag, "must be between 0 and 128");
        if (MaxDominantShare is <= 0 or > 1)
            throw new OptionsException(QaMaxDominantShareFlag, "must be above 0 and at most 1");
        if (MinContentShare is < 0 or >= 1)
            throw new OptionsException(QaMinContentShareFlag, "must be at least 0 and below 1");
        if (MaxOverflowPixels < 0)
            throw new OptionsException(QaMaxOverflowPxFlag, "must be 0 or more");
        if (MaxBrokenImages < 0)
            throw new OptionsException(QaMaxBrokenImagesFlag, "must be 0 or more");
        if (MaxOverflowingTextElements < 0)
            throw new OptionsException(QaMaxTextOverflowFlag, "must be 0 or more");
        if (ImageHashMaxDistance is < 0 or > 31)
            throw new OptionsException(DedupImageDistanceFlag, "must be between 0 and 31");
        if (TextHashMaxDistance is < 0 or > 31)
            throw new OptionsException(DedupTextDistanceFlag, "must be between 0 and 31");
    }
}
