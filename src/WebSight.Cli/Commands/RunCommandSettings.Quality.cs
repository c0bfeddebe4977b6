using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Quality;

namespace WebSight.Cli.Commands;

/// <summary>The screenshot QA and near-duplicate flags of the commands that run the pipeline.</summary>
internal abstract partial class RunCommandSettings
{
    [CommandOption(QualityOptions.QaMinLumaStdDevFlag + " <F>")]
    [Description("Screenshots with less brightness variation than this are blank_image.")]
    [DefaultValue(QualityOptions.DefaultQaMinLumaStdDev)]
    public double QaMinLumaStdDev { get; init; }

    [CommandOption(QualityOptions.QaMaxDominantShareFlag + " <F>")]
    [Description("Screenshots where one colour covers more than this share are blank_image.")]
    [DefaultValue(QualityOptions.DefaultQaMaxDominantShare)]
    public double QaMaxDominantShare { get; init; }

    [CommandOption(QualityOptions.QaMinContentShareFlag + " <F>")]
    [Description("Screenshots with less non-background area than this share are low_content.")]
    [DefaultValue(QualityOptions.DefaultQaMinContentShare)]
    public double QaMinContentShare { get; init; }

    [CommandOption(QualityOptions.QaMaxOverflowPxFlag + " <PX>")]
    [Description("Pages wider than the viewport by more than this are horizontal_overflow.")]
    [DefaultValue(QualityOptions.DefaultQaMaxOverflowPx)]
    public int QaMaxOverflowPx { get; init; }

    [CommandOption(QualityOptions.QaMaxBrokenImagesFlag + " <N>")]
    [Description("Pages with more images that failed to load are broken_images.")]
    [DefaultValue(QualityOptions.DefaultQaMaxBrokenImages)]
    public int QaMaxBrokenImages { get; init; }

    [CommandOption(QualityOptions.QaMaxTextOverflowFlag + " <N>")]
    [Description("Pages with more elements whose text overflows its box are text_overflow.")]
    [DefaultValue(QualityOptions.DefaultQaMaxTextOverflow)]
    public int QaMaxTextOverflow { get; init; }

    [CommandOption(QualityOptions.DedupImageDistanceFlag + " <BITS>")]
    [Description("Screenshot hash distance (0-31) within which a sample can be a near_duplicate of an earlier one.")]
    [DefaultValue(QualityOptions.DefaultDedupImageDistance)]
    public int DedupImageDistance { get; init; }

    [CommandOption(QualityOptions.DedupTextDistanceFlag + " <BITS>")]
    [Description("Text SimHash distance (0-31) within which a sample can be a near_duplicate; both must match.")]
    [DefaultValue(QualityOptions.DefaultDedupTextDistance)]
    public int DedupTextDistance { get; init; }

    [CommandOption(QualityOptions.KeepFlaggedFlag)]
    [Description("Keep samples that fail QA checks, flagged in the qa_flags column, instead of rejecting them.")]
    public bool KeepFlagged { get; init; }

    protected QualityOptions ToQualityOptions() =>
        new()
        {
            MinLumaStdDev = QaMinLumaStdDev,
            MaxDominantShare = QaMaxDominantShare,
            MinContentShare = QaMinContentShare,
            MaxOverflowPixels = QaMaxOverflowPx,
            MaxBrokenImages = QaMaxBrokenImages,
            MaxOverflowingTextElements = QaMaxTextOverflow,
            ImageHashMaxDistance = DedupImageDistance,
            TextHashMaxDistance = DedupTextDistance,
            KeepFlagged = KeepFlagged,
        };
}
