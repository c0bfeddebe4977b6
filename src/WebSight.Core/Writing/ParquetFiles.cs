using Parquet;
using Parquet.Serialization;

namespace WebSight.Core.Writing;

/// <summary>Reads and writes dataset Parquet files; every write lands atomically (temporary file, flush, rename).</summary>
internal static class ParquetFiles
{
    public static async Task WriteAtomicallyAsync(
        string path,
        IReadOnlyCollection<DatasetRow> rows,
        int rowGroupSize,
        CancellationToken cancellationToken
    )
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var options = new ParquetOptions { RowGroupSize = Math.Max(1, rowGroupSize) };
            await ParquetSerializer.SerializeAsync(
                rows,
                stream,
                options,
                HuggingFaceFeatures.Metadata(),
                cancellationToken
            );
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static async Task<IList<DatasetRow>> ReadRowsAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeAsync<DatasetRow>(stream, cancellationToken: cancellationToken);
        return result.Data;
    }

    /// <summary>Reads only the id column, which is all resume needs.</summary>
    public static async Task<List<string>> ReadIdsAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        var field =
            reader.Schema.DataFields.FirstOrDefault(f => f.Name == "id")
            ?? throw new InvalidDataException($"{path} has no 'id' column.");
        var ids = new List<string>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var values = new string?[rowGroup.RowCount];
            await rowGroup.ReadAsync(field, values.AsMemory(), null, cancellationToken);
            ids.AddRange(values.OfType<string>());
        }
        return ids;
    }

    public static async Task<long> CountRowsAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        long rows = 0;
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            rows += rowGroup.RowCount;
        }
        return rows;
    }
}
