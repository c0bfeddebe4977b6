using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WebSight.Review;

/// <summary>
/// Review decisions in <c>state/review.sqlite</c> beside the data, written through on every change so a restart (or a
/// crash) keeps them, and mirrored in memory for filtering.
/// </summary>
internal sealed class DecisionStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, Decision> _decisions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public DecisionStore(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        _connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString()
        );
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute(
            """
            CREATE TABLE IF NOT EXISTS decisions (
              id TEXT PRIMARY KEY,
              status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'unreviewed')),
              note TEXT NOT NULL DEFAULT '',
              updated_at TEXT NOT NULL
            );
            """
        );
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, status, note, updated_at FROM decisions";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _decisions[reader.GetString(0)] = new Decision(
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)
            );
    }

    public string StatusOf(string id)
    {
        lock (_lock)
            return _decisions.TryGetValue(id, out var decision) ? decision.Status : Decision.Unreviewed;
    }

    public Decision? Get(string id)
    {
        lock (_lock)
            return _decisions.GetValueOrDefault(id);
    }

    public Dictionary<string, Decision> All()
    {
        lock (_lock)
            return new Dictionary<string, Decision>(_decisions, StringComparer.Ordinal);
    }

    public Decision Set(string id, string status, string note, DateTimeOffset now)
    {
        if (!Decision.IsStatus(status))
            throw new ArgumentException($"Unknown status '{status}'.", nameof(status));
        var decision = new Decision(status, note, now);
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO decisions (id, status, note, updated_at) VALUES ($id, $status, $note, $at)
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at
                """;
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$status", status);
            command.Parameters.AddWithValue("$note", note);
            command.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            _decisions[id] = decision;
        }
        return decision;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
