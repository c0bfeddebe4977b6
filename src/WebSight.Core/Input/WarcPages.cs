using System.IO.Compression;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Input;

/// <summary>
/// The HTML pages of a WARC file (<c>.warc</c>, or <c>.warc.gz</c> with one gzip member per record or one for all):
/// every response record whose HTTP response is a 2xx HTML document, in file order, with the record's target URI
/// kept as the page's URL. Read as a stream, one record at a time; only a page's own bytes are ever held.
/// </summary>
internal sealed class WarcPages : IRecordInput
{
    /// <summary>What an HTTP header may add to a page before a block is read no further.</summary>
    private const long HeaderAllowance = 64 * 1024;

    private readonly string _path;
    private readonly long _maxPageBytes;
    private readonly Lock _lock = new();
    private Stream? _stream;
    private WarcRecordReader? _reader;
    private long _nextPage;

    private WarcPages(string path, long maxPageBytes)
    {
        _path = path;
        _maxPageBytes = maxPageBytes;
    }

    public long Count { get; private set; }

    public long NotPages { get; private set; }

    public IReadOnlyList<string> Files => [_path];

    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the pages of <paramref name="path"/> in one pass; an <see cref="OptionsException"/> if it is not WARC.</summary>
    public static WarcPages Open(string path, long maxPageBytes)
    {
        var pages = new WarcPages(path, maxPageBytes);
        try
        {
            using var stream = pages.OpenStream();
            var reader = new WarcRecordReader(stream, maxPageBytes + HeaderAllowance);
            while (reader.Next() is { } record)
            {
                if (IsPage(record))
                    pages.Count++;
                else
                    pages.NotPages++;
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new OptionsException("--input", $"{path} is not a readable WARC file: {e.Message}");
        }
        if (pages.Count == 0)
            throw new OptionsException("--input", $"{path} holds no HTML responses ({pages.NotPages} other records)");
        return pages;
    }

    public ValueTask<StepResult<GeneratedPage>> ReadAsync(
        SampleSpec spec,
        string generator,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(Read(spec, generator, cancellationToken));

    private StepResult<GeneratedPage> Read(SampleSpec spec, string generator, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            try
            {
                if (_reader is null || spec.Index < _nextPage)
                    Rewind();
                while (_reader!.Next() is { } record)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!IsPage(record))
                        continue;
                    if (_nextPage++ == spec.Index)
                        return ToPage(spec, generator, record);
                }
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
            {
                // The file changed under the run since it was counted; the next page starts from its beginning.
                _reader = null;
                return Refuse(RejectReason.InputUnreadable, $"{Path.GetFileName(_path)}: {e.Message}");
            }
        }
        return Refuse(
            RejectReason.InputUnreadable,
            $"{Path.GetFileName(_path)} changed: page {spec.Index + 1} is gone"
        );
    }

    private StepResult<GeneratedPage> ToPage(SampleSpec spec, string generator, WarcRecord record)
    {
        var where = $"{Path.GetFileName(_path)} record {record.Number} ({record.TargetUri})";
        var response = HttpResponse.Parse(record.Block!)!;
        if (record.Truncated)
            return Refuse(RejectReason.TooLarge, $"{where}: {record.Length} bytes, limit {_maxPageBytes}; not read");
        byte[] body;
        try
        {
            body = response.DecodedBody(_maxPageBytes);
        }
        catch (InvalidDataException e)
        {
            return Refuse(RejectReason.InputUnreadable, $"{where}: {e.Message}");
        }
        if (body.Length > _maxPageBytes)
            return Refuse(RejectReason.TooLarge, $"{where}: over {_maxPageBytes} bytes decoded");
        var html = HtmlCharset.Decode(body, response.Charset);
        var topic = Uri.TryCreate(record.TargetUri, UriKind.Absolute, out var uri) ? uri.Host : "";
        return StepResult<GeneratedPage>.Pass(
            new GeneratedPage(spec, html, "", topic, generator, [], null) { Url = record.TargetUri }
        );
    }

    private static bool IsPage(WarcRecord record) =>
        record.Block is { } block && HttpResponse.Parse(block) is { IsHtml: true };

    private void Rewind()
    {
        _stream?.Dispose();
        _stream = OpenStream();
        _reader = new WarcRecordReader(_stream, _maxPageBytes + HeaderAllowance);
        _nextPage = 0;
    }

    private Stream OpenStream()
    {
        Stream file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // GZipStream reads one member after another, so a record-per-member .warc.gz reads as one stream.
        return _path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16)
            : file;
    }

    private static StepResult<GeneratedPage> Refuse(RejectReason reason, string detail) =>
        StepResult<GeneratedPage>.Refuse(new Refusal(reason, detail, null, "input"));
}
