using Microsoft.Data.Sqlite;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// Image measurements already made, in <c>state/review/analysis.sqlite</c>, so reopening a dataset does not decode
/// every screenshot again. Keyed to the dataset's files: if any file changed, the cache (and thumbnails) start over.
/// </summary>
internal sealed class AnalysisCache : IDisposable
{
    private const string FileName = "analysis.sqlite";
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private AnalysisCache(SqliteConnection connection, bool signatureChanged)
    {
        _connection = connection;
        SignatureChanged = signatureChanged;
    }

    /// <summary>True when the dataset differs from the one cached; thumbnails on disk are stale too.</summary>
    public bool SignatureChanged { get; }

    /// <summary>
    /// Opens the cache, or starts it over if it is damaged (a crash or a full disk mid-write, a stray file): it holds
    /// nothing that the analysis cannot measure again, so it must never stop the review from opening.
    /// </summary>
    public static AnalysisCache Open(string directory, string datasetSignature, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        try
        {
            return OpenFile(path, datasetSignature);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            log.WriteLine(
                $"The image analysis cache {path} is damaged ({e.Message.TrimEnd('.')}); discarded, it is being rebuilt."
            );
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
            // A new file has no signature yet, so the thumbnails made beside the damaged one are dropped as well.
            return OpenFile(path, datasetSignature);
        }
    }

    private static AnalysisCache OpenFile(string path, string datasetSignature)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
            CheckIntegrity(connection);
            Execute(
                connection,
                """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS image_metrics (
                  id TEXT PRIMARY KEY, luma_stddev REAL NOT NULL, dominant_share REAL NOT NULL,
                  content_share REAL NOT NULL, image_hash INTEGER NOT NULL);
                """
            );
            return new AnalysisCache(connection, StartOverIfOtherDataset(connection, datasetSignature));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Damage in pages that opening does not read would surface only later, in the background analysis; SQLite's
    /// quick check walks every page now. The cache is small: one row of numbers a sample.
    /// </summary>
    private static void CheckIntegrity(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check(1)";
        if (check.ExecuteScalar() is string result and not "ok")
            throw new SqliteException($"SQLite quick check: {result}", SqliteCorrupt);
    }

    /// <summary>Empties the cache if it was made for other files; true if so.</summary>
    private static bool StartOverIfOtherDataset(SqliteConnection connection, string datasetSignature)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM meta WHERE key = 'signature'";
        if (read.ExecuteScalar() as string == datasetSignature)
            return false;
        Execute(connection, "DELETE FROM image_metrics;");
        using var write = connection.CreateCommand();
        write.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('signature', $value)";
        write.Parameters.AddWithValue("$value", datasetSignature);
        write.ExecuteNonQuery();
        return true;
    }

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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
