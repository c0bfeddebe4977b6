using System.Globalization;
using System.Text;
using Parquet;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// Every row's metadata in memory, images and HTML left on disk: a 100,000-row dataset indexes in seconds and
/// filters and pages in milliseconds. Built once when the app opens the dataset.
/// </summary>
internal sealed class SampleIndex
{
    private const int SnippetLength = 160;
    private const string FlagsColumn = "qa_flags";
    private const string MetricPrefix = "qa_";

    private readonly List<SampleEntry> _entries;
    private readonly Dictionary<string, SampleEntry> _byId;
    private readonly Dictionary<(int, int), List<SampleEntry>> _byGroup;

    private SampleIndex(DatasetFiles files, List<SampleEntry> entries, List<(int File, int RowGroup)> groups)
    {
        Files = files;
        _entries = entries;
        _byId = new Dictionary<string, SampleEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            _byId.TryAdd(entry.Id, entry);
        RowGroups = groups;
        _byGroup = entries.GroupBy(e => (e.File, e.RowGroup)).ToDictionary(g => g.Key, g => g.ToList());
    }

    public DatasetFiles Files { get; }

    public IReadOnlyList<SampleEntry> Entries => _entries;

    /// <summary>Every (file, row group) in dataset order.</summary>
    public IReadOnlyList<(int File, int RowGroup)> RowGroups { get; }

    public SampleEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public static async Task<SampleIndex> BuildAsync(DatasetFiles files, CancellationToken cancellationToken)
    {
        var entries = new List<SampleEntry>();
        var groups = new List<(int, int)>();
        for (var file = 0; file < files.Parquet.Count; file++)
        {
            await using var stream = File.OpenRead(files.Parquet[file]);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
            var idField =
                ParquetColumns.Find(reader, "id")
                ?? throw new InvalidDataException(
                    $"{files.Parquet[file]} has no 'id' column; it is not a websight dataset."
                );
            var metricFields = reader
                .Schema.DataFields.Where(f =>
                    f.Path.Length == 1
                    && f.Name.StartsWith(MetricPrefix, StringComparison.Ordinal)
                    && f.Name != FlagsColumn
                )
                .ToList();
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                groups.Add((file, group));
                using var rowGroup = reader.OpenRowGroupReader(group);
                var ids = await ParquetColumns.StringsAsync(rowGroup, idField, cancellationToken);
                var texts = await ParquetColumns.StringsAsync(
                    rowGroup,
                    ParquetColumns.Find(reader, "text"),
                    cancellationToken
                );
                var ideas = await ParquetColumns.StringsAsync(
                    rowGroup,
                    ParquetColumns.Find(reader, "llm_generated_idea"),
                    cancellationToken
                );
                var topics = await ParquetColumns.StringsAsync(
                    rowGroup,
                    ParquetColumns.Find(reader, "topic"),
                    cancellationToken
                );
                var generators = await ParquetColumns.StringsAsync(
                    rowGroup,
                    ParquetColumns.Find(reader, "generator"),
                    cancellationToken
                );
                var flags = await ParquetColumns.StringsAsync(
                    rowGroup,
                    ParquetColumns.Find(reader, FlagsColumn),
                    cancellationToken
                );
                async Task<double?[]> Numbers(string name) =>
                    await ParquetColumns.NumbersAsync(rowGroup, ParquetColumns.Find(reader, name), cancellationToken);
                var indices = await Numbers("index");
                var widths = await Numbers("width");
                var heights = await Numbers("height");
                var pageHeights = await Numbers("page_height");
                var clamped = await Numbers("clamped");
                var words = await Numbers("visible_words");
                var metrics = new List<(string Name, double?[] Values)>();
                foreach (var field in metricFields)
                    metrics.Add((field.Name, await ParquetColumns.NumbersAsync(rowGroup, field, cancellationToken)));

                var built = new SampleEntry[ids.Length];
                var baseOrdinal = entries.Count;
                var fileIndex = file;
                var groupIndex = group;
                Parallel.For(
                    0,
                    ids.Length,
                    new ParallelOptions { CancellationToken = cancellationToken },
                    row =>
                    {
                        var visible = VisibleText.FromHtml(texts[row]);
                        var idea = ideas[row] ?? "";
                        var id = ids[row] ?? string.Create(CultureInfo.InvariantCulture, $"row-{baseOrdinal + row}");
                        built[row] = new SampleEntry
                        {
                            Id = id,
                            Ordinal = baseOrdinal + row,
                            File = fileIndex,
                            RowGroup = groupIndex,
                            Row = row,
                            Index = (long)(indices[row] ?? baseOrdinal + row),
                            Topic = topics[row] ?? "",
                            Generator = generators[row] ?? "",
                            Idea = idea,
                            Snippet = visible.Length <= SnippetLength ? visible : visible[..SnippetLength] + "…",
                            Width = (int)(widths[row] ?? 0),
                            Height = (int)(heights[row] ?? 0),
                            PageHeight = (int)(pageHeights[row] ?? 0),
                            Clamped = clamped[row] is > 0,
                            VisibleWords = (int)(words[row] ?? 0),
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
                );
                entries.AddRange(built);
            }
        }
        return new SampleIndex(files, entries, groups);
    }

    public IReadOnlyList<SampleEntry> InGroup(int file, int rowGroup) =>
        _byGroup.GetValueOrDefault((file, rowGroup)) ?? [];

    /// <summary>One string cell (the HTML, say) of one sample, read from its row group without the images.</summary>
    public async Task<string?> ReadCellAsync(SampleEntry entry, string column, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Files.Parquet[entry.File]);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        using var group = reader.OpenRowGroupReader(entry.RowGroup);
        var values = await ParquetColumns.StringsAsync(group, ParquetColumns.Find(reader, column), cancellationToken);
        return values[entry.Row];
    }

    /// <summary>Matching entries in dataset order: the total and one page of them.</summary>
    public (int Total, List<SampleEntry> Page) Query(SampleQuery query, Func<SampleEntry, string> status)
    {
        var needle = string.IsNullOrWhiteSpace(query.Search)
            ? null
            : Encoding.UTF8.GetBytes(query.Search.Trim().ToLowerInvariant());
        var page = new List<SampleEntry>(query.Limit);
        var total = 0;
        foreach (var entry in _entries)
        {
            if (query.Topic is { Length: > 0 } topic && entry.Topic != topic)
                continue;
            if (query.Generator is { Length: > 0 } generator && entry.Generator != generator)
                continue;
            if (query.Status is { Length: > 0 } wanted && status(entry) != wanted)
                continue;
            if (query.Flag is { Length: > 0 } flag)
            {
                var flagged =
                    flag == SampleQuery.AnyFlag ? entry.Flags.Any()
                    : flag == SampleQuery.NoFlag ? !entry.Flags.Any()
                    : entry.Flags.Contains(flag);
                if (!flagged)
                    continue;
            }
            if (needle is not null && entry.SearchText.AsSpan().IndexOf(needle) < 0)
                continue;
            if (total >= query.Offset && page.Count < query.Limit)
                page.Add(entry);
            total++;
        }
        return (total, page);
    }
}

/// <summary>Filters and paging of the grid; empty filters match everything.</summary>
internal sealed record SampleQuery(
    string? Flag,
    string? Topic,
    string? Generator,
    string? Status,
    string? Search,
    int Offset,
    int Limit
)
{
    public const string AnyFlag = "any";
    public const string NoFlag = "none";
}
