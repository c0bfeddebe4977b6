using System.Text;
using Parquet;
using Parquet.Serialization;

namespace WebSight.Review;

/// <summary>
/// Every row's metadata in memory, images and HTML left on disk: a 100,000-row dataset indexes in seconds and
/// filters and pages in milliseconds. Built once when the app opens the dataset.
/// </summary>
internal sealed class SampleIndex
{
    private readonly List<SampleEntry> _entries;
    private readonly Dictionary<string, SampleEntry> _byId;
    private readonly Dictionary<string, List<SampleEntry>> _views;
    private readonly Dictionary<(int, int), List<SampleEntry>> _byGroup;

    private SampleIndex(DatasetFiles files, List<SampleEntry> entries, List<(int File, int RowGroup)> groups)
    {
        Files = files;
        _entries = entries;
        _byId = new Dictionary<string, SampleEntry>(StringComparer.Ordinal);
        _views = new Dictionary<string, List<SampleEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byId.TryAdd(entry.Id, entry);
            if (!_views.TryGetValue(entry.Id, out var views))
                _views[entry.Id] = views = [];
            views.Add(entry);
        }
        RowGroups = groups;
        _byGroup = entries.GroupBy(e => (e.File, e.RowGroup)).ToDictionary(g => g.Key, g => g.ToList());
    }

    public DatasetFiles Files { get; }

    public IReadOnlyList<SampleEntry> Entries => _entries;

    /// <summary>Every (file, row group) in dataset order.</summary>
    public IReadOnlyList<(int File, int RowGroup)> RowGroups { get; }

    /// <summary>The page's first row (its first viewport), or the row of <paramref name="viewport"/> when one is named.</summary>
    public SampleEntry? Find(string id, string? viewport = null) =>
        viewport is null ? _byId.GetValueOrDefault(id) : Views(id).FirstOrDefault(e => e.Viewport == viewport);

    /// <summary>Every row of a page, one per viewport, in dataset order (a page's rows share its id).</summary>
    public IReadOnlyList<SampleEntry> Views(string id) => _views.GetValueOrDefault(id) ?? [];

    public static async Task<SampleIndex> BuildAsync(DatasetFiles files, CancellationToken cancellationToken)
    {
        var entries = new List<SampleEntry>();
        var groups = new List<(int File, int RowGroup)>();
        for (var file = 0; file < files.Parquet.Count; file++)
            await IndexFileAsync(files.Parquet[file], file, entries, groups, cancellationToken);
        return new SampleIndex(files, entries, groups);
    }

    /// <summary>Adds one file's rows to the entries, one row group at a time.</summary>
    private static async Task IndexFileAsync(
        string path,
        int file,
        List<SampleEntry> entries,
        List<(int File, int RowGroup)> groups,
        CancellationToken cancellationToken
    )
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        if (ParquetColumns.Find(reader, "id") is null)
            throw new InvalidDataException($"{path} has no 'id' column; it is not a websight dataset.");
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            groups.Add((file, group));
            using var rowGroup = reader.OpenRowGroupReader(group);
            var columns = await RowGroupColumns.ReadAsync(reader, rowGroup, cancellationToken);
            entries.AddRange(columns.ToEntries(file, group, entries.Count, cancellationToken));
        }
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

    /// <summary>The layout columns of one sample (no image read); null when the dataset has none.</summary>
    public async Task<LayoutRow?> ReadLayoutAsync(SampleEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Files.Parquet[entry.File]);
        await using (
            var reader = await ParquetReader.CreateAsync(
                stream,
                leaveStreamOpen: true,
                cancellationToken: cancellationToken
            )
        )
        {
            if (!reader.Schema.Fields.Any(f => f.Name == "layout_elements"))
                return null;
        }
        stream.Position = 0;
        var rows = await ParquetSerializer.DeserializeAsync<LayoutRow>(stream, null, entry.RowGroup, cancellationToken);
        return rows.Data[entry.Row];
    }

    /// <summary>Matching pages (each by its first row) in dataset order: the total and one page of them.</summary>
    public (int Total, List<SampleEntry> Page) Query(SampleQuery query, Func<SampleEntry, string> status)
    {
        var needle = string.IsNullOrWhiteSpace(query.Search)
            ? null
            : Encoding.UTF8.GetBytes(query.Search.Trim().ToLowerInvariant());
        var page = new List<SampleEntry>(query.Limit);
        var total = 0;
        foreach (var entry in _entries)
        {
            // One card per page: its other viewports are shown beside it in the detail view.
            if (!ReferenceEquals(_byId[entry.Id], entry))
                continue;
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
