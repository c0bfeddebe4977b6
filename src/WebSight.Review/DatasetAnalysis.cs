using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parquet;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// Reads screenshots one row group at a time, never more: measures each (blank, low content, perceptual hash),
/// writes its thumbnail to <c>state/review/thumbs/</c>, then finds near-duplicates in dataset order. Runs in the
/// background while the app is open; a thumbnail asked for before the pass reaches it is made on demand.
/// </summary>
internal sealed class DatasetAnalysis : IDisposable
{
    private const int ThumbnailWidth = 320;
    private const int ThumbnailMaxHeight = 400;
    private const int ThumbnailQuality = 72;

    private readonly SampleIndex _index;
    private readonly QualityOptions _options;
    private readonly AnalysisCache _cache;
    private readonly string _thumbnails;
    private readonly SemaphoreSlim[] _groupLocks;
    private readonly Lock _imagesLock = new();
    private (int File, int RowGroup, byte[]?[] Images)? _lastImages;

    public DatasetAnalysis(SampleIndex index, QualityOptions options, TextWriter log)
    {
        options.Validate();
        _index = index;
        _options = options;
        var directory = index.Files.CacheDirectory;
        _thumbnails = Path.Combine(directory, "thumbs");
        _cache = AnalysisCache.Open(directory, Signature(index.Files), log);
        if (_cache.SignatureChanged && Directory.Exists(_thumbnails))
            Directory.Delete(_thumbnails, recursive: true);
        Directory.CreateDirectory(_thumbnails);
        _groupLocks = index.RowGroups.Select(_ => new SemaphoreSlim(1, 1)).ToArray();
        var cached = _cache.LoadAll();
        foreach (var entry in index.Entries)
        {
            if (cached.TryGetValue(entry.Key, out var metrics))
                Apply(entry, metrics);
        }
    }

    public int Measured => _index.Entries.Count(e => e.Image is not null);

    public bool Completed { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var group = 0; group < _index.RowGroups.Count; group++)
        {
            var (file, rowGroup) = _index.RowGroups[group];
            var entries = _index.InGroup(file, rowGroup);
            if (entries.All(e => e.Image is not null && File.Exists(ThumbnailPath(e))))
                continue;
            await ProcessGroupAsync(group, cancellationToken);
        }
        MarkDuplicates();
        Completed = true;
    }

    /// <summary>The thumbnail file of a sample, made now (with the rest of its row group) if the pass has not yet.</summary>
    public async Task<string> ThumbnailAsync(SampleEntry entry, CancellationToken cancellationToken)
    {
        var path = ThumbnailPath(entry);
        if (!File.Exists(path))
            await ProcessGroupAsync(GroupNumber(entry), cancellationToken);
        return path;
    }

    /// <summary>The full screenshot. The last row group read stays in memory: paging through neighbours reads it once.</summary>
    public async Task<byte[]?> ImageAsync(SampleEntry entry, CancellationToken cancellationToken)
    {
        lock (_imagesLock)
        {
            if (_lastImages is { } last && last.File == entry.File && last.RowGroup == entry.RowGroup)
                return last.Images[entry.Row];
        }
        var images = await ReadImagesAsync(entry.File, entry.RowGroup, cancellationToken);
        lock (_imagesLock)
            _lastImages = (entry.File, entry.RowGroup, images);
        return images[entry.Row];
    }

    private async Task ProcessGroupAsync(int group, CancellationToken cancellationToken)
    {
        var (file, rowGroup) = _index.RowGroups[group];
        await _groupLocks[group].WaitAsync(cancellationToken);
        try
        {
            var entries = _index.InGroup(file, rowGroup);
            if (entries.All(e => e.Image is not null && File.Exists(ThumbnailPath(e))))
                return;
            var images = await ReadImagesAsync(file, rowGroup, cancellationToken);
            var measured = new (string, ImageMetrics)[entries.Count];
            Parallel.For(
                0,
                entries.Count,
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = 2 },
                i =>
                {
                    var entry = entries[i];
                    var metrics = images[entry.Row] is { } bytes
                        ? MeasureAndThumbnail(bytes, ThumbnailPath(entry))
                        : null;
                    metrics ??= new ImageMetrics(0, 1, 0, 0);
                    measured[i] = (entry.Key, metrics);
                }
            );
            _cache.Store(measured);
            for (var i = 0; i < entries.Count; i++)
                Apply(entries[i], measured[i].Item2);
        }
        finally
        {
            _groupLocks[group].Release();
        }
    }

    /// <summary>One scaled decode serves both: the metrics and the thumbnail (the top of the page).</summary>
    private static ImageMetrics? MeasureAndThumbnail(byte[] encoded, string thumbnailPath)
    {
        try
        {
            using var bitmap = ImageAnalyzer.DecodeScaled(encoded, ThumbnailWidth);
            var metrics = ImageAnalyzer.Measure(bitmap);
            var height = Math.Min(bitmap.Height, ThumbnailMaxHeight);
            using var top = new SKBitmap();
            if (!bitmap.ExtractSubset(top, new SKRectI(0, 0, bitmap.Width, height)))
                throw new InvalidDataException("The thumbnail could not be cut.");
            using var image = SKImage.FromBitmap(top);
            using var data = image.Encode(SKEncodedImageFormat.Jpeg, ThumbnailQuality);
            AtomicFile.WriteBytes(thumbnailPath, data.ToArray());
            return metrics;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private async Task<byte[]?[]> ReadImagesAsync(int file, int rowGroup, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(_index.Files.Parquet[file]);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        using var group = reader.OpenRowGroupReader(rowGroup);
        var field = ParquetColumns.ImageBytes(reader);
        return field is null
            ? new byte[]?[group.RowCount]
            : await ParquetColumns.BytesAsync(group, field, cancellationToken);
    }

    private void Apply(SampleEntry entry, ImageMetrics metrics)
    {
        entry.Image = metrics;
        entry.ImageFlags = QualityRules.Failures(metrics, null, _options).Select(f => f.Reason.Code()).ToList();
    }

    /// <summary>Near-duplicates in dataset order: each sample against the earlier ones that were not duplicates.</summary>
    private void MarkDuplicates()
    {
        var seen = new NearDuplicateIndex(_options.ImageHashMaxDistance, _options.TextHashMaxDistance);
        foreach (var entry in _index.Entries)
        {
            if (entry.Image is null)
                continue;
            entry.DuplicateOf = seen.CheckAndAdd(entry.Id, entry.Image.PerceptualHash, entry.TextHash)?.Id;
        }
    }

    private int GroupNumber(SampleEntry entry)
    {
        for (var group = 0; group < _index.RowGroups.Count; group++)
        {
            if (_index.RowGroups[group] == (entry.File, entry.RowGroup))
                return group;
        }
        throw new InvalidOperationException($"Sample {entry.Id} is in no row group.");
    }

    /// <summary>File names derive from a hash of the id, never from the id itself, so no id can name a path.</summary>
    private string ThumbnailPath(SampleEntry entry) =>
        Path.Combine(
            _thumbnails,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Key))[..16]) + ".jpg"
        );

    private static string Signature(DatasetFiles files)
    {
        var text = new StringBuilder();
        foreach (var path in files.Parquet)
        {
            var info = new FileInfo(path);
            text.Append(CultureInfo.InvariantCulture, $"{info.Name}|{info.Length}|{info.LastWriteTimeUtc.Ticks};");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose()
    {
        _cache.Dispose();
        foreach (var groupLock in _groupLocks)
            groupLock.Dispose();
    }
}
