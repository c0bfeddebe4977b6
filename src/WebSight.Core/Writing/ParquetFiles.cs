using Parquet;
using Parquet.Serialization;
using WebSight.Core.Foundation;

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
        var options = new ParquetOptions { RowGroupSize = Math.Max(1, rowGroupSize) };
        await AtomicFile.WriteAsync(
            path,
            stream =>
                ParquetSerializer.SerializeAsync(
                    rows,
                    stream,
                    options,
                    HuggingFaceFeatures.Metadata(),
                    cancellationToken
                ),
            cancellationToken
        );
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
            reader.Schema.DataFields.FirstOrDefault(f => f.Name == "id" && f.Path.Length == 1)
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

    /// <summary>Index and <c>llm_generated_idea</c> of every row: what an LLM run's idea check needs on a resume.</summary>
    public static async Task<List<(long Index, string Idea)>> ReadIdeasAsync(
        string path,
        CancellationToken cancellationToken
    )
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        var fields = reader.Schema.DataFields.Where(f => f.Path.Length == 1).ToDictionary(f => f.Name);
        var result = new List<(long, string)>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var indices = new long[rowGroup.RowCount];
            var ideas = new string?[rowGroup.RowCount];
            await rowGroup.ReadAsync(fields["index"], indices.AsMemory(), null, cancellationToken);
            await rowGroup.ReadAsync(fields["llm_generated_idea"], ideas.AsMemory(), null, cancellationToken);
            for (var i = 0; i < indices.Length; i++)
                if (ideas[i] is { } idea)
                    result.Add((indices[i], idea));
        }
        return result;
    }

    /// <summary>Id, index and the two QA hashes of every row: what cross-shard near-duplicate removal needs.</summary>
    public static async Task<List<(string Id, long Index, ulong ImageHash, ulong TextHash)>> ReadHashesAsync(
        string path,
        CancellationToken cancellationToken
    )
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        // Top-level columns only: the layout structs have fields of the same names (width, height).
        var fields = reader.Schema.DataFields.Where(f => f.Path.Length == 1).ToDictionary(f => f.Name);
        var result = new List<(string, long, ulong, ulong)>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var count = (int)rowGroup.RowCount;
            var ids = new string?[count];
            var indices = new long[count];
            var imageHashes = new long[count];
            var textHashes = new long[count];
            await rowGroup.ReadAsync(fields["id"], ids.AsMemory(), null, cancellationToken);
            await rowGroup.ReadAsync(fields["index"], indices.AsMemory(), null, cancellationToken);
            await rowGroup.ReadAsync(fields["qa_image_hash"], imageHashes.AsMemory(), null, cancellationToken);
            await rowGroup.ReadAsync(fields["qa_text_hash"], textHashes.AsMemory(), null, cancellationToken);
            for (var i = 0; i < count; i++)
                result.Add(
                    (ids[i] ?? "", indices[i], unchecked((ulong)imageHashes[i]), unchecked((ulong)textHashes[i]))
                );
        }
        return result;
    }
}
