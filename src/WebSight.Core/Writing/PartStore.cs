using System.Globalization;
using Parquet.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>The committed pieces of a running job: parts/part-NNNNNN.parquet and rejects/rejects-NNNNNN.parquet.</summary>
internal sealed class PartStore
{
    private readonly string _partsDirectory;
    private readonly string _rejectsDirectory;
    public const string UnreadableSuffix = ".unreadable";

    private int _nextPart;
    private int _nextReject;

    public PartStore(RunDirectory run)
    {
        _partsDirectory = run.Parts;
        _rejectsDirectory = run.Rejects;
        _nextPart = NextNumber(_partsDirectory, "part-");
        _nextReject = NextNumber(_rejectsDirectory, "rejects-");
    }

    public string PartsDirectory => _partsDirectory;

    public IReadOnlyList<string> Parts() =>
        Directory.Exists(_partsDirectory)
            ? Directory.EnumerateFiles(_partsDirectory, "part-*.parquet").Order(StringComparer.Ordinal).ToList()
            : [];

    public async Task<string> CommitAsync(IReadOnlyCollection<DatasetRow> rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_partsDirectory, Name("part-", _nextPart++));
        await ParquetFiles.WriteAtomicallyAsync(path, rows, rows.Count, cancellationToken);
        return path;
    }

    public async Task CommitRejectsAsync(IReadOnlyCollection<RejectRow> rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_rejectsDirectory, Name("rejects-", _nextReject++));
        await AtomicFile.WriteAsync(
            path,
            stream => ParquetSerializer.SerializeAsync(rows, stream, cancellationToken: cancellationToken),
            cancellationToken
        );
    }

    /// <summary>
    /// Ids already committed, so a rerun does only what is missing. A part that cannot be read (a disk that failed
    /// under it, a copy cut short) is set aside as <c>.unreadable</c> with a report naming it, and its rows are made
    /// again, instead of blocking every resume. The rows' QA hashes are kept from the same read
    /// (<see cref="CommittedHashes"/>), so near-duplicate detection survives the resume without reading them twice.
    /// </summary>
    public async Task<HashSet<string>> CommittedIdsAsync(Action<string> report, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, long Index, ulong ImageHash, ulong TextHash)>();
        foreach (var part in Parts())
            rows.AddRange(
                await ReadOrSetAsideAsync(
                    part,
                    ParquetFiles.ReadHashesAsync,
                    "its rows will be made again",
                    report,
                    cancellationToken
                )
            );
        CommittedHashes = rows.OrderBy(r => r.Index).Select(r => (r.Id, r.ImageHash, r.TextHash)).ToList();
        return rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Hands the idea of every committed row (sample index, <c>llm_generated_idea</c>) to <paramref name="see"/>,
    /// part by part, in index order within each part. Read only for a source that asks: it is a second pass.
    /// </summary>
    public async Task ReadCommittedIdeasAsync(
        Action<long, string> see,
        Action<string> report,
        CancellationToken cancellationToken
    )
    {
        foreach (var part in Parts())
        foreach (
            var (index, idea) in await ReadOrSetAsideAsync(
                part,
                ParquetFiles.ReadIdeasAsync,
                "its rows will be made again",
                report,
                cancellationToken
            )
        )
            see(index, idea);
    }

    /// <summary>The QA hashes of the rows <see cref="CommittedIdsAsync"/> found, in index order.</summary>
    public IReadOnlyList<(string Id, ulong ImageHash, ulong TextHash)> CommittedHashes { get; private set; } = [];

    private static async Task<List<T>> ReadOrSetAsideAsync<T>(
        string file,
        Func<string, CancellationToken, Task<List<T>>> read,
        string consequence,
        Action<string> report,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await read(file, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the reader throws, the file is what is wrong; keep it for inspection, out of the way.
            File.Move(file, file + UnreadableSuffix, overwrite: true);
            report(
                $"{file} cannot be read ({e.Message}); set aside as {Path.GetFileName(file)}{UnreadableSuffix}, {consequence}."
            );
            return [];
        }
    }

    /// <summary>Ids of samples rejected in earlier runs, from rejects/; an unreadable file is set aside and its pages tried again.</summary>
    public async Task<HashSet<string>> RejectedIdsAsync(Action<string> report, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(_rejectsDirectory))
            return ids;
        foreach (var file in Directory.EnumerateFiles(_rejectsDirectory, "rejects-*.parquet").ToList())
            ids.UnionWith(
                await ReadOrSetAsideAsync(
                    file,
                    ParquetFiles.ReadIdsAsync,
                    "its pages will be tried again",
                    report,
                    cancellationToken
                )
            );
        return ids;
    }

    /// <summary>Leftovers of writes a kill interrupted; never read, safe to delete.</summary>
    public void RemoveTemporaryFiles()
    {
        foreach (var directory in new[] { _partsDirectory, _rejectsDirectory })
        {
            if (!Directory.Exists(directory))
                continue;
            foreach (var file in Directory.EnumerateFiles(directory, "*" + AtomicFile.TemporarySuffix))
                File.Delete(file);
        }
    }

    private static string Name(string prefix, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{number:D6}.parquet");

    private static int NextNumber(string directory, string prefix)
    {
        if (!Directory.Exists(directory))
            return 0;
        var numbers = Directory
            .EnumerateFiles(directory, prefix + "*.parquet")
            .Select(f => Path.GetFileNameWithoutExtension(f)[prefix.Length..])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1)
            .ToList();
        return numbers.Count == 0 ? 0 : numbers.Max() + 1;
    }
}
