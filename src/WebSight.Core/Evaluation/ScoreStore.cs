using System.Security.Cryptography;
using System.Text;
using Parquet;
using Parquet.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Evaluation;

/// <summary>
/// The eval's run directory: scores committed in small Parquet parts (<c>parts/</c>, each written atomically) as
/// pairs are scored, prediction thumbnails in <c>state/thumbnails/</c>, and at the end <c>scores.parquet</c>,
/// <c>summary.json</c> and <c>report.md</c> with its images in <c>report/</c>. A killed eval keeps every committed
/// part; the rerun scores only the ids no part holds. Safe to add to from several tasks.
/// </summary>
internal sealed class ScoreStore(RunDirectory run, int partRows) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<ScoreRow> _buffer = [];

    public RunDirectory Run => run;

    public string Scores => Path.Combine(run.Root, "scores.parquet");

    public string Summary => Path.Combine(run.Root, "summary.json");

    public string Report => Path.Combine(run.Root, "report.md");

    public string ReportImages => Path.Combine(run.Root, "report");

    public string Thumbnail(string id) =>
        Path.Combine(
            run.State,
            "thumbnails",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))[..12]) + ".jpg"
        );

    public async Task AddAsync(PairScores scores, byte[]? thumbnail, CancellationToken cancellationToken)
    {
        if (thumbnail is not null)
            await AtomicFile.WriteAsync(
                Thumbnail(scores.Id),
                stream => stream.WriteAsync(thumbnail, cancellationToken).AsTask(),
                cancellationToken
            );
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _buffer.Add(ScoreRow.From(scores));
            if (_buffer.Count >= partRows)
                await CommitAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_buffer.Count > 0)
                await CommitAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Every committed row, from all parts; a part left half-written by a kill is only a .tmp, removed here.</summary>
    public async Task<List<ScoreRow>> CommittedAsync(CancellationToken cancellationToken)
    {
        var rows = new List<ScoreRow>();
        if (!Directory.Exists(run.Parts))
            return rows;
        foreach (var temporary in Directory.EnumerateFiles(run.Parts, "*" + AtomicFile.TemporarySuffix))
            File.Delete(temporary);
        foreach (var part in Directory.EnumerateFiles(run.Parts, "part-*.parquet").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(part);
            rows.AddRange(
                (await ParquetSerializer.DeserializeAsync<ScoreRow>(stream, cancellationToken: cancellationToken)).Data
            );
        }
        return rows;
    }

    /// <summary>Writes scores.parquet with every row, sorted by id.</summary>
    public Task WriteScoresAsync(IReadOnlyCollection<ScoreRow> rows, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            Scores,
            stream => ParquetSerializer.SerializeAsync(rows, stream, cancellationToken: cancellationToken),
            cancellationToken
        );

    public void Dispose() => _lock.Dispose();

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(run.Parts);
        var next = Directory.EnumerateFiles(run.Parts, "part-*.parquet").Count();
        string path;
        do path = Path.Combine(run.Parts, $"part-{next++:D6}.parquet");
        while (File.Exists(path));
        var rows = _buffer.ToList();
        await AtomicFile.WriteAsync(
            path,
            stream => ParquetSerializer.SerializeAsync(rows, stream, new ParquetOptions(), null, cancellationToken),
            cancellationToken
        );
        _buffer.Clear();
    }
}
