using DuckDB.NET.Data;

namespace WebSight.Core.Tests.Support;

/// <summary>DuckDB as an independent Parquet reader: what a user's DuckDB or pandas would see.</summary>
internal static class DuckDb
{
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
                row[i] = reader.IsDBNull(i) ? null : Materialise(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>BLOBs come back as streams over DuckDB's memory; copy them before the reader moves on.</summary>
    private static object Materialise(object value)
    {
        if (value is not Stream stream)
            return value;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static T Scalar<T>(string sql) => (T)Convert.ChangeType(Query(sql).Single()[0]!, typeof(T));

    /// <summary>Column name to DuckDB type, in order.</summary>
    public static List<(string Name, string Type)> Schema(string glob) =>
        Query($"DESCRIBE SELECT * FROM read_parquet('{glob}')").Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
}
