using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;

namespace WebSight.Core.Diversity;

/// <summary>
/// The pages of Parquet files, one row group at a time, reading only the columns the measures need: the images,
/// most of a dataset's bytes, are never read. A column a file lacks reads as nulls. Each page once, whatever its
/// number of viewports.
/// </summary>
internal static class ParquetPages
{
    public static async IAsyncEnumerable<IReadOnlyList<StoredPage>> ReadAsync(
        IReadOnlyList<string> files,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        // A page rendered at several viewports is one row per viewport with the same text: it counts once, by the
        // rows of the first viewport met (every page has them all).
        string? viewport = null;
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rows = reader.OpenRowGroupReader(group);
                var viewports = await StringsAsync(reader, rows, "viewport", cancellationToken);
                viewport ??= viewports.FirstOrDefault();
                var pages = await ReadGroupAsync(reader, rows, file, cancellationToken);
                yield return viewport is null ? pages : pages.Where((_, i) => viewports[i] == viewport).ToArray();
            }
        }
    }

    private static async Task<StoredPage[]> ReadGroupAsync(
        ParquetReader reader,
        ParquetRowGroupReader rows,
        string file,
        CancellationToken cancellationToken
    )
    {
        var texts = await StringsAsync(reader, rows, "text", cancellationToken);
        var topics = await StringsAsync(reader, rows, "topic", cancellationToken);
        var archetypes = await StringsAsync(reader, rows, "archetype", cancellationToken);
        var sources = await StringsAsync(reader, rows, "image_sources", cancellationToken);
        var heights = await IntsAsync(reader, rows, "page_height", cancellationToken);
        var tokens = await IntsAsync(reader, rows, "code_tokens", cancellationToken);
        var pages = new StoredPage[rows.RowCount];
        for (var i = 0; i < pages.Length; i++)
            pages[i] = new StoredPage(
                texts[i] ?? throw new InvalidDataException($"{file} has a row without 'text'"),
                topics[i],
                archetypes[i],
                heights[i],
                tokens[i],
                sources[i]
            );
        return pages;
    }

    private static DataField? Find(ParquetReader reader, string name) =>
        reader.Schema.DataFields.FirstOrDefault(f => f.Name == name && f.Path.Length == 1);

    private static async Task<string?[]> StringsAsync(
        ParquetReader reader,
        ParquetRowGroupReader rows,
        string column,
        CancellationToken cancellationToken
    )
    {
        var values = new string?[rows.RowCount];
        if (Find(reader, column) is { } field)
            await rows.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        return values;
    }

    private static async Task<int?[]> IntsAsync(
        ParquetReader reader,
        ParquetRowGroupReader rows,
        string column,
        CancellationToken cancellationToken
    )
    {
        var values = new int?[rows.RowCount];
        if (Find(reader, column) is not { } field || field.ClrType != typeof(int))
            return values;
        if (field.IsNullable)
        {
            await rows.ReadAsync(field, values.AsMemory(), null, cancellationToken);
            return values;
        }
        var required = new int[values.Length];
        await rows.ReadAsync(field, required.AsMemory(), null, cancellationToken);
        for (var i = 0; i < values.Length; i++)
            values[i] = required[i];
        return values;
    }
}
