using WebSight.Core.Foundation;

namespace WebSight.Core.Quality;

/// <summary>Thresholds of the automatic checks on a rendered sample. A sample past any of them is rejected, or flagged.</summary>
internal sealed class QualityOptions
{
    /// <summary>A screenshot whose luma varies less than this (standard deviation, 0-255) is blank.</summary>
    public double MinLumaStdDev { get; init; } = 3;

    /// <summary>A screenshot where one colour covers more than this share of pixels is blank.</summary>
    public double MaxDominantShare { get; init; } = 0.995;

    /// <summary>A screenshot where less than this share of pixels differs from the background has too little content.</summary>
    public double MinContentShare { get; init; } = 0.01;

    /// <summary>CSS pixels the document may be wider than the viewport before it counts as overflowing sideways.</summary>
    public int MaxOverflowPixels { get; init; } = 2;

    /// <summary>Images that failed to load a page may have.</summary>
    public int MaxBrokenImages { get; init; }

    /// <summary>Elements whose text spills out of their box a page may have.</summary>
    public int MaxOverflowingTextElements { get; init; }

    /// <summary>Bits (of 64) two screenshots' perceptual hashes may differ by and still be near-duplicates.</summary>
    public int ImageHashMaxDistance { get; init; } = 6;

    /// <summary>Bits (of 64) two pages' text SimHashes may differ by and still be near-duplicates.</summary>
    public int TextHashMaxDistance { get; init; } = 8;

    /// <summary>Keep samples that fail a check, with the failures as flags, instead of rejecting them.</summary>
    public bool KeepFlagged { get; init; }

    public void Validate()
    {
        if (MinLumaStdDev is < 0 or > 128)
            throw new OptionsException("--qa-min-luma-stddev", "must be between 0 and 128");
        if (MaxDominantShare is <= 0 or > 1)
            throw new OptionsException("--qa-max-dominant-share", "must be above 0 and at most 1");
        if (MinContentShare is < 0 or >= 1)
            throw new OptionsException("--qa-min-content-share", "must be at least 0 and below 1");
        if (MaxOverflowPixels < 0)
            throw new OptionsException("--qa-max-overflow-px", "must be 0 or more");
        if (MaxBrokenImages < 0)
            throw new OptionsException("--qa-max-broken-images", "must be 0 or more");
        if (MaxOverflowingTextElements < 0)
            throw new OptionsException("--qa-max-text-overflow", "must be 0 or more");
        if (ImageHashMaxDistance is < 0 or > 31)
            throw new OptionsException("--dedup-image-distance", "must be between 0 and 31");
        if (TextHashMaxDistance is < 0 or > 31)
            throw new OptionsException("--dedup-text-distance", "must be between 0 and 31");
    }
}
