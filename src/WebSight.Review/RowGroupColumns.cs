using System.Globalization;
using System.Text;
using Parquet;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// The columns the index keeps of one row group, read one column at a time so the images are never touched, and
/// the <see cref="SampleEntry"/> each row becomes. A column the dataset lacks reads as nulls.
/// </summary>
internal sealed class RowGroupColumns(
    string?[] ids,
    string?[] texts,
    string?[] ideas,
    string?[] topics,
    string?[] generators,
    string?[] flags,
    double?[] indices,
    double?[] widths,
    double?[] heights,
    double?[] pageHeights,
    double?[] clamped,
    double?[] visibleWords,
    string?[] viewports,
    IReadOnlyList<(string Name, double?[] Values)> metrics
)
{
    private const int SnippetLength = 160;
    private const string FlagsColumn = "qa_flags";
    private const string MetricPrefix = "qa_";

    public static async Task<RowGroupColumns> ReadAsync(
        ParquetReader reader,
        ParquetRowGroupReader group,
        CancellationToken cancellationToken
    )
    {
        Task<string?[]> Strings(string column) =>
            ParquetColumns.StringsAsync(group, ParquetColumns.Find(reader, column), cancellationToken);
        Task<double?[]> Numbers(string column) =>
            ParquetColumns.NumbersAsync(group, ParquetColumns.Find(reader, column), cancellationToken);
        return new RowGroupColumns(
            ids: await Strings("id"),
            texts: await Strings("text"),
            ideas: await Strings("llm_generated_idea"),
            topics: await Strings("topic"),
            generators: await Strings("generator"),
            flags: await Strings(FlagsColumn),
            indices: await Numbers("index"),
            widths: await Numbers("width"),
            heights: await Numbers("height"),
            pageHeights: await Numbers("page_height"),
            clamped: await Numbers("clamped"),
            visibleWords: await Numbers("visible_words"),
            viewports: await Strings("viewport"),
            metrics: await MetricsAsync(reader, group, cancellationToken)
        );
    }

    /// <summary>One entry per row, built in parallel (the visible text and its hash are the costly part).</summary>
    public SampleEntry[] ToEntries(int file, int rowGroup, int firstOrdinal, CancellationToken cancellationToken)
    {
        var entries = new SampleEntry[ids.Length];
        Parallel.For(
            0,
            ids.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            row => entries[row] = Entry(file, rowGroup, row, firstOrdinal + row)
        );
        return entries;
    }

    /// <summary>Every numeric <c>qa_*</c> column the pipeline stored (a dataset may carry any number of them).</summary>
    private static async Task<List<(string Name, double?[] Values)>> MetricsAsync(
        ParquetReader reader,
        ParquetRowGroupReader group,
        CancellationToken cancellationToken
    )
    {
        var metrics = new List<(string Name, double?[] Values)>();
        foreach (var field in reader.Schema.DataFields)
        {
            if (
                field.Path.Length == 1
                && field.Name.StartsWith(MetricPrefix, StringComparison.Ordinal)
                && field.Name != FlagsColumn
            )
                metrics.Add((field.Name, await ParquetColumns.NumbersAsync(group, field, cancellationToken)));
        }
        return metrics;
    }

    private SampleEntry Entry(int file, int rowGroup, int row, int ordinal)
    {
        var visible = VisibleText.FromHtml(texts[row]);
        var idea = ideas[row] ?? "";
        var id = ids[row] ?? string.Create(CultureInfo.InvariantCulture, $"row-{ordinal}");
        return new SampleEntry
        {
            Id = id,
            Ordinal = ordinal,
            File = file,
            RowGroup = rowGroup,
            Row = row,
            Index = (long)(indices[row] ?? ordinal),
            Topic = topics[row] ?? "",
            Generator = generators[row] ?? "",
            Idea = idea,
            Snippet = visible.Length <= SnippetLength ? visible : visible[..SnippetLength] + "…",
            Width = (int)(widths[row] ?? 0),
            Height = (int)(heights[row] ?? 0),
            PageHeight = (int)(pageHeights[row] ?? 0),
            Clamped = clamped[row] is > 0,
            VisibleWords = (int)(visibleWords[row] ?? 0),
            Viewport = viewports[row],
            TextLength = texts[row]?.Length ?? 0,
            TextHash = TextSimHash.Compute(visible),
            SearchText = Encoding.UTF8.GetBytes((id + "\n" + idea + "\n" + visible).ToLowerInvariant()),
            StoredFlags = (flags[row] ?? "").Split(
                ',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            ),
            StoredMetrics = metrics
                .Where(m => m.Values[row] is not null)
                .ToDictionary(m => m.Name, m => m.Values[row]!.Value),
        };
    }
}
