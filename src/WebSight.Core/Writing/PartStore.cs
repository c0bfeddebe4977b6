using System.Globalization;
using Parquet.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>The committed pieces of a running job: parts/part-NNNNNN.parquet and rejects/rejects-NNNNNN.parquet.</summary>
internal sealed class PartStore
{
    private readonly string _partsDirectory;
    private readonly string _rejectsDirectory;
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

    /// <summary>Ids already committed, so a rerun does only what is missing.</summary>
    public async Task<HashSet<string>> CommittedIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Parts())
            ids.UnionWith(await ParquetFiles.ReadIdsAsync(part, cancellationToken));
        return ids;
    }

    /// <summary>Ids of samples rejected in earlier runs, from rejects/.</summary>
    public async Task<HashSet<string>> RejectedIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(_rejectsDirectory))
            return ids;
        foreach (var file in Directory.EnumerateFiles(_rejectsDirectory, "rejects-*.parquet"))
            ids.UnionWith(await ParquetFiles.ReadIdsAsync(file, cancellationToken));
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
