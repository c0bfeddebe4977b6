using System.Text.Json;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm.Batching;

/// <summary>
/// The run's submitted batches, one JSON file each in <c>state/llm-batches/</c>, written atomically whenever
/// something about a batch changes. A killed or restarted run reads them back and watches its batches instead
/// of submitting the requests again; a collected batch's answers are in the results store, not fetched again.
/// </summary>
internal sealed class BatchJournal(string stateDirectory)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    };

    private readonly Lock _lock = new();

    public string Folder { get; } = Path.Combine(stateDirectory, "llm-batches");

    /// <summary>The answers of collected batches, by custom id.</summary>
    public string ResultsStore => Path.Combine(stateDirectory, "llm-batch-results.sqlite");

    public IReadOnlyList<BatchRecord> Load()
    {
        if (!Directory.Exists(Folder))
            return [];
        var records = new List<BatchRecord>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                records.Add(
                    JsonSerializer.Deserialize<BatchRecord>(File.ReadAllText(file), JsonOptions)
                        ?? throw new JsonException("empty")
                );
            }
            catch (JsonException e)
            {
                throw new SetupException(
                    $"{file} is not a batch record ({e.Message}); it was written by another version. "
                        + "Remove it only if the batch it names need not be collected."
                );
            }
        }
        return records;
    }

    public void Save(BatchRecord record)
    {
        lock (_lock)
        {
            Directory.CreateDirectory(Folder);
            AtomicFile.WriteText(FileOf(record), JsonSerializer.Serialize(record, JsonOptions));
        }
    }

    /// <summary>Drops a pending record once its batch is recorded under its own id.</summary>
    public void Remove(BatchRecord record)
    {
        lock (_lock)
            File.Delete(FileOf(record));
    }

    private string FileOf(BatchRecord record) =>
        Path.Combine(Folder, (record.Pending ? "pending-" + record.InputFileId : record.BatchId) + ".json");
}

/// <summary>
/// One submitted batch: its provider id, input file and requests (custom ids), its last status, and whether its
/// answers are collected. A <see cref="Pending"/> record is written between the upload and the batch's creation,
/// so a run killed in that instant finds the batch by its input file instead of paying for it twice. <see cref="Refused"/> keeps the requests the provider refused, with its message, and
/// <see cref="TooLarge"/> those of them whose answer was over the size cap.
/// </summary>
internal sealed record BatchRecord
{
    public required string BatchId { get; init; }

    public bool Pending { get; init; }

    public required string Stage { get; init; }

    public required string InputFileId { get; init; }

    public required IReadOnlyList<string> CustomIds { get; init; }

    public string Status { get; init; } = "validating";

    public bool Collected { get; init; }

    public Dictionary<string, string> Refused { get; init; } = [];

    public List<string> TooLarge { get; init; } = [];

    public DateTimeOffset SubmittedUtc { get; init; }
}
