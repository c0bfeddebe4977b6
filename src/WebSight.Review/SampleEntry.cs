using WebSight.Core.Foundation;

namespace WebSight.Review;

/// <summary>
/// One row of the dataset as the review index holds it: where it lives, what filters and search need, and no
/// image or HTML. Flags come from QA columns written by the pipeline and from the review's own image analysis.
/// </summary>
internal sealed class SampleEntry
{
    public required string Id { get; init; }

    /// <summary>What tells this row from the page's other viewports: the id, and the viewport when there is one.</summary>
    public string Key => Viewport is null ? Id : Id + "@" + Viewport;

    /// <summary>Position in dataset order (files in name order, rows in file order); "earlier" for duplicates.</summary>
    public required int Ordinal { get; init; }

    public required int File { get; init; }

    public required int RowGroup { get; init; }

    public required int Row { get; init; }

    public long Index { get; init; }

    public string Topic { get; init; } = "";

    public string Generator { get; init; } = "";

    public string Idea { get; init; } = "";

    public string Snippet { get; init; } = "";

    /// <summary>The viewport the row was rendered at; null in a dataset without the column (one row per page).</summary>
    public string? Viewport { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    public int PageHeight { get; init; }

    public bool Clamped { get; init; }

    public int VisibleWords { get; init; }

    public int TextLength { get; init; }

    public ulong TextHash { get; init; }

    /// <summary>Id, idea and visible text, lower-cased UTF-8: what search scans.</summary>
    public required byte[] SearchText { get; init; }

    /// <summary>Flags the pipeline stored in a <c>qa_flags</c> column, if the dataset has one.</summary>
    public IReadOnlyList<string> StoredFlags { get; init; } = [];

    /// <summary>Numeric <c>qa_*</c> columns the pipeline stored, by column name.</summary>
    public IReadOnlyDictionary<string, double> StoredMetrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Set by the analysis pass once the screenshot has been measured.</summary>
    public Core.Quality.ImageMetrics? Image { get; set; }

    public IReadOnlyList<string> ImageFlags { get; set; } = [];

    public string? DuplicateOf { get; set; }

    public IEnumerable<string> Flags
    {
        get
        {
            var flags = StoredFlags.Concat(ImageFlags);
            if (DuplicateOf is not null)
                flags = flags.Append(RejectReason.NearDuplicate.Code());
            return flags.Distinct(StringComparer.Ordinal);
        }
    }
}
