using Parquet;
using Parquet.Schema;

namespace WebSight.Review;

/// <summary>Column-at-a-time reads of one row group, so the index never touches the image column.</summary>
internal static class ParquetColumns
{
    public static DataField? Find(ParquetReader reader, string name) =>
        reader.Schema.DataFields.FirstOrDefault(f => f.Name == name && f.Path.Length == 1);

    /// <summary>The <c>bytes</c> child of the Hugging Face <c>image</c> struct.</summary>
    public static DataField? ImageBytes(ParquetReader reader) =>
        reader.Schema.DataFields.FirstOrDefault(f =>
            f.Name == "bytes" && f.Path.Length == 2 && f.Path.FirstPart == "image"
        );

    public static async Task<string?[]> StringsAsync(
        ParquetRowGroupReader group,
        DataField? field,
        CancellationToken cancellationToken
    )
    {
        var values = new string?[group.RowCount];
        if (field is not null)
            await group.ReadAsync(field, values.AsMemory()!, null, cancellationToken);
        return values;
    }

    public static async Task<byte[]?[]> BytesAsync(
        ParquetRowGroupReader group,
        DataField field,
        CancellationToken cancellationToken
    )
    {
        var values = new byte[]?[group.RowCount];
        await group.ReadAsync(field, values.AsMemory()!, null, cancellationToken);
        return values;
    }

    /// <summary>Any numeric or boolean column as doubles (null where the row has none, or the column is missing).</summary>
    public static async Task<double?[]> NumbersAsync(
        ParquetRowGroupReader group,
        DataField? field,
        CancellationToken cancellationToken
    )
    {
        var count = (int)group.RowCount;
        if (field is null)
            return new double?[count];
        var type = field.ClrType;
        if (type == typeof(int))
            return Convert(await ReadAsync<int>(group, field, count, cancellationToken), v => v);
        if (type == typeof(long))
            return Convert(await ReadAsync<long>(group, field, count, cancellationToken), v => v);
        if (type == typeof(double))
            return Convert(await ReadAsync<double>(group, field, count, cancellationToken), v => v);
        if (type == typeof(float))
            return Convert(await ReadAsync<float>(group, field, count, cancellationToken), v => v);
        if (type == typeof(bool))
            return Convert(await ReadAsync<bool>(group, field, count, cancellationToken), v => v ? 1 : 0);
        return new double?[count];
    }

    private static async Task<T?[]> ReadAsync<T>(
        ParquetRowGroupReader group,
        DataField field,
        int count,
        CancellationToken cancellationToken
    )
        where T : struct
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            await group.ReadAsync(field, values.AsMemory(), null, cancellationToken);
            return values;
        }
        var required = new T[count];
        await group.ReadAsync(field, required.AsMemory(), null, cancellationToken);
        for (var i = 0; i < count; i++)
            values[i] = required[i];
        return values;
    }

    private static double?[] Convert<T>(T?[] values, Func<T, double> convert)
        where T : struct => values.Select(v => v is { } value ? convert(value) : (double?)null).ToArray();
}
