using Microsoft.Data.Sqlite;

namespace WebSight.Core.Llm;

/// <summary>
/// Request hash → response, in a SQLite file in WAL mode (readers never block the writer), so a rerun or a
/// resume never pays for an answer it already has. One connection, used under a lock: the calls are tiny.
/// </summary>
internal sealed class LlmResponseCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public LlmResponseCache(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("PRAGMA busy_timeout=10000;");
        Execute(
            """
            CREATE TABLE IF NOT EXISTS responses (
                key TEXT PRIMARY KEY,
                stage TEXT NOT NULL,
                model TEXT NOT NULL,
                text TEXT NOT NULL,
                finish_reason TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                created_utc TEXT NOT NULL
            );
            """
        );
    }

    public string JournalMode
    {
        get
        {
            lock (_lock)
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode;";
                return (string)command.ExecuteScalar()!;
            }
        }
    }

    public ChatResponse? Find(string key)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText =
                "SELECT text, finish_reason, input_tokens, output_tokens FROM responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
                return null;
            return new ChatResponse(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));
        }
    }

    private static readonly string[] Columns =
    [
        "$key",
        "$stage",
        "$model",
        "$text",
        "$finish",
        "$input",
        "$output",
        "$created",
    ];

    public void Store(string key, ChatRequest request, ChatResponse response) =>
        StoreAll([(key, request.Stage.Name(), request.Model, response)]);

    /// <summary>Stores many answers in one transaction (a batch's output file holds tens of thousands).</summary>
    public void StoreAll(IEnumerable<(string Key, string Stage, string Model, ChatResponse Response)> answers)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO responses
                    (key, stage, model, text, finish_reason, input_tokens, output_tokens, created_utc)
                VALUES ($key, $stage, $model, $text, $finish, $input, $output, $created)
                """;
            var parameters = Columns
                .Select(name =>
                    command.Parameters.Add(name, name is "$input" or "$output" ? SqliteType.Integer : SqliteType.Text)
                )
                .ToArray();
            var created = DateTimeOffset.UtcNow.ToString("O");
            foreach (var (key, stage, model, response) in answers)
            {
                object[] values =
                [
                    key,
                    stage,
                    model,
                    response.Text,
                    response.FinishReason,
                    response.InputTokens,
                    response.OutputTokens,
                    created,
                ];
                for (var i = 0; i < values.Length; i++)
                    parameters[i].Value = values[i];
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
