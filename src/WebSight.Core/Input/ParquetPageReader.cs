using Parquet;
using Parquet.Schema;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Input;

/// <summary>
/// The pages of a Parquet dataset: one file, or every *.parquet file below a directory (sorted by path), with a
/// string <c>text</c> column; <c>llm_generated_idea</c>, <c>topic</c> and <c>url</c> are carried over when present.
/// WebSight v0.2's own shards and ours both qualify, so a dataset can be rendered again at other settings. Rows are
/// counted from the footers; one row group's text columns are held at a time (never the images).
/// </summary>
internal sealed class ParquetPageReader : IRecordInput
{
    private readonly IReadOnlyList<string> _files;
    private readonly List<(int File, int Group, long First, long Rows)> _groups;
    private readonly Lock _lock = new();
    private (int File, int Group) _loaded = (-1, -1);
    private Task<string?[][]> _columns = Task.FromResult<string?[][]>([]);

    private ParquetPageReader(IReadOnlyList<string> files, List<(int, int, long, long)> groups, long count)
    {
        _files = files;
        _groups = groups;
        Count = count;
    }

    public static readonly string[] Columns = ["text", "llm_generated_idea", "topic", "url"];

    public long Count { get; }

    public long NotPages => 0;

    public IReadOnlyList<string> Files => _files;

    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the footers of <paramref name="files"/>; an <see cref="OptionsException"/> naming a file that is no dataset.</summary>
    public static ParquetPageReader Open(IReadOnlyList<string> files) => OpenAsync(files).GetAwaiter().GetResult();

    private static async Task<ParquetPageReader> OpenAsync(IReadOnlyList<string> files)
    {
        var groups = new List<(int, int, long, long)>();
        long count = 0;
        for (var f = 0; f < files.Count; f++)
        {
            try
            {
                await using var stream = File.OpenRead(files[f]);
                await using var reader = await ParquetReader.CreateAsync(stream);
                if (TextField(reader, "text") is null)
                    throw new OptionsException("--input", $"{files[f]} has no string column 'text'");
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    var rows = reader.RowGroups[g].RowCount;
                    groups.Add((f, g, count, rows));
                    count += rows;
                }
            }
            catch (Exception e)
                when (e is IOException or InvalidDataException or NotSupportedException
                    || e.GetType().Namespace?.StartsWith("Parquet", StringComparison.Ordinal) == true
                )
            {
                throw new OptionsException("--input", $"{files[f]} is not a readable Parquet file: {e.Message}");
            }
        }
        if (count == 0)
            throw new OptionsException("--input", $"{string.Join(", ", files.Take(3))} hold no rows");
        return new ParquetPageReader(files, groups, count);
    }

    public async ValueTask<StepResult<GeneratedPage>> ReadAsync(
        SampleSpec spec,
        string generator,
        CancellationToken cancellationToken
    )
    {
        var index = spec.Index;
        var group = _groups[BinarySearch(index)];
        Task<string?[][]> loading;
        lock (_lock)
        {
            // One row group's columns at a time; the requests of one group share its one load.
            if (_loaded != (group.File, group.Group))
            {
                _columns = LoadGroupAsync(group.File, group.Group, cancellationToken);
                _loaded = (group.File, group.Group);
            }
            loading = _columns;
        }
        var columns = await loading;
        var row = (int)(index - group.First);
        if (columns[0][row] is not { } text)
            return StepResult<GeneratedPage>.Refuse(
                new Refusal(
                    RejectReason.InputUnreadable,
                    $"{Path.GetFileName(_files[group.File])} row {row + 1} of row group {group.Group} has no text",
                    null,
                    "input"
                )
            );
        return StepResult<GeneratedPage>.Pass(
            new GeneratedPage(spec, text, columns[1][row] ?? "", columns[2][row] ?? "", generator, [], null)
            {
                Url = columns[3][row],
            }
        );
    }

    private int BinarySearch(long index)
    {
        int low = 0,
            high = _groups.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_groups[mid].First <= index)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }

    private async Task<string?[][]> LoadGroupAsync(int file, int group, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(_files[file]);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        using var rows = reader.OpenRowGroupReader(group);
        var columns = new string?[Columns.Length][];
        for (var c = 0; c < Columns.Length; c++)
        {
            columns[c] = new string?[rows.RowCount];
            if (TextField(reader, Columns[c]) is { } field)
                await rows.ReadAsync(field, columns[c].AsMemory(), null, cancellationToken);
        }
        return columns;
    }

    private static DataField? TextField(ParquetReader reader, string name) =>
        reader.Schema.DataFields.FirstOrDefault(f =>
            f.Name == name && f.Path.Length == 1 && f.ClrType == typeof(ReadOnlyMemory<char>)
            || f.ClrType == typeof(string)
        );
}
