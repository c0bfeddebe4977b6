using Microsoft.Data.Sqlite;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// Image measurements already made, in <c>state/review/analysis.sqlite</c>, so reopening a dataset does not decode
/// every screenshot again. Keyed to the dataset's files: if any file changed, the cache (and thumbnails) start over.
/// </summary>
internal sealed class AnalysisCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public AnalysisCache(string directory, string datasetSignature)
    {
        Directory.CreateDirectory(directory);
        _connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(directory, "analysis.sqlite"),
                Pooling = false,
            }.ToString()
        );
        _connection.Open();
        Execute(
            """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS image_metrics (
              id TEXT PRIMARY KEY, luma_stddev REAL NOT NULL, dominant_share REAL NOT NULL,
              content_share REAL NOT NULL, image_hash INTEGER NOT NULL);
            """
        );
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT value FROM meta WHERE key = 'signature'";
        if (read.ExecuteScalar() as string != datasetSignature)
        {
            Execute("DELETE FROM image_metrics;");
            using var write = _connection.CreateCommand();
            write.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('signature', $value)";
            write.Parameters.AddWithValue("$value", datasetSignature);
            write.ExecuteNonQuery();
            SignatureChanged = true;
        }
    }

    /// <summary>True when the dataset differs from the one cached; thumbnails on disk are stale too.</summary>
    public bool SignatureChanged { get; }

    public Dictionary<string, ImageMetrics> LoadAll()
    {
        var result = new Dictionary<string, ImageMetrics>(StringComparer.Ordinal);
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText =
                "SELECT id, luma_stddev, dominant_share, content_share, image_hash FROM image_metrics";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                result[reader.GetString(0)] = new ImageMetrics(
                    reader.GetDouble(1),
                    reader.GetDouble(2),
                    reader.GetDouble(3),
                    unchecked((ulong)reader.GetInt64(4))
                );
        }
        return result;
    }

    public void Store(IReadOnlyList<(string Id, ImageMetrics Metrics)> measured)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                "INSERT OR REPLACE INTO image_metrics VALUES ($id, $luma, $dominant, $content, $hash)";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var luma = command.Parameters.Add("$luma", SqliteType.Real);
            var dominant = command.Parameters.Add("$dominant", SqliteType.Real);
            var content = command.Parameters.Add("$content", SqliteType.Real);
            var hash = command.Parameters.Add("$hash", SqliteType.Integer);
            foreach (var (sampleId, metrics) in measured)
            {
                id.Value = sampleId;
                luma.Value = metrics.LumaStdDev;
                dominant.Value = metrics.DominantShare;
                content.Value = metrics.ContentShare;
                hash.Value = unchecked((long)metrics.PerceptualHash);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
