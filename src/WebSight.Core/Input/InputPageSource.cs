using System.ComponentModel;
using System.Text;
using System.Text.Json;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Validation;

namespace WebSight.Core.Input;

/// <summary>
/// Pages a user already has, as the pipeline's generator: every regular *.html/*.htm file under a directory (sorted
/// by path; see <see cref="InputDirectory"/> for what is skipped), or JSON lines with a <c>text</c> field. Sample i
/// is the i-th page; the set is fixed, so rejected pages are not replaced. A file over the size limit is rejected
/// unread. Bytes that are not UTF-8 are decoded with replacement characters, never refused.
/// </summary>
internal sealed class InputPageSource : IPageSource
{
    public const string GeneratorName = "input";

    /// <summary>The validator's default page limit: a bigger file would be rejected there anyway.</summary>
    public const long DefaultMaxPageBytes = ValidationOptions.DefaultMaxHtmlKb * 1024L;

    private const int ExamplesPerReason = 3;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly string? _jsonlPath;
    private readonly IReadOnlyList<string> _files;
    private readonly IReadOnlyList<long> _lineOffsets;
    private readonly string _root;
    private readonly long _maxPageBytes;

    /// <summary>True for one file the user named, which may be a link; links found in a directory are skipped.</summary>
    private readonly bool _followLinks;

    /// <summary>A Parquet dataset or a WARC crawl; null for page files and JSON lines.</summary>
    private readonly IRecordInput? _records;

    private InputPageSource(
        string root,
        IReadOnlyList<string> files,
        string? jsonlPath,
        IReadOnlyList<long> lineOffsets,
        long maxPageBytes,
        bool followLinks,
        IReadOnlyList<SkippedEntry> skipped,
        IRecordInput? records = null
    )
    {
        _records = records;
        _root = root;
        _files = files;
        _jsonlPath = jsonlPath;
        _lineOffsets = lineOffsets;
        _maxPageBytes = maxPageBytes;
        _followLinks = followLinks;
        Skipped = skipped;
    }

    public string Name => GeneratorName;

    public int Concurrency => 1;

    public long? FixedSampleCount => _records?.Count ?? (_jsonlPath is null ? _files.Count : _lineOffsets.Count);

    public string Fingerprint =>
        InputFingerprint.Of(_root, _records?.Files ?? (_jsonlPath is null ? _files : [_jsonlPath]));

    /// <summary>The Tailwind profile and styling a pages.jsonl input declares (<see cref="DeclaredStyling"/>).</summary>
    public (int? Tailwind, string? Styling) Declared() => DeclaredStyling.Of(_jsonlPath);

    /// <summary>Entries of the input directory that looked like pages but were not read.</summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; }

    /// <param name="path">A directory, one .html file, or a JSON-lines file.</param>
    /// <param name="maxPageBytes">Page files bigger than this are rejected as too large without being read.</param>
    public static InputPageSource Open(string path, long maxPageBytes = DefaultMaxPageBytes)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var (files, skipped) = InputDirectory.List(root);
            if (files.Count == 0 && InputDirectory.ParquetFiles(root) is { Count: > 0 } dataset)
                return Records(root, ParquetPageReader.Open(dataset), maxPageBytes);
            if (files.Count == 0)
                throw new OptionsException(
                    "--input",
                    $"{path} holds no regular .html or .htm files"
                        + (skipped.Count > 0 ? $" ({skipped.Count} skipped)" : "")
                );
            return new InputPageSource(root, files, null, [], maxPageBytes, followLinks: false, skipped);
        }
        if (!File.Exists(path))
            throw new OptionsException("--input", $"{path} is neither a directory nor a file");
        var full = Path.GetFullPath(path);
        var kind = KindOf(path, full);
        // A FIFO would block the first read and a device would never end: refused before either is opened.
        if (kind != FileKind.Regular)
            throw new OptionsException(
                "--input",
                $"{path} is {Article(kind)}, not a regular file; give a directory, an .html file or a JSON-lines file"
            );
        if (ParquetPageReader.IsParquet(full))
            return Records(Path.GetDirectoryName(full)!, ParquetPageReader.Open([full]), maxPageBytes);
        if (WarcPages.IsWarc(full))
            return Records(Path.GetDirectoryName(full)!, WarcPages.Open(full, maxPageBytes), maxPageBytes);
        if (InputDirectory.IsPage(full))
            return new InputPageSource(
                Path.GetDirectoryName(full)!,
                [full],
                null,
                [],
                maxPageBytes,
                followLinks: true,
                []
            );
        var offsets = LineOffsets(full);
        if (offsets.Count == 0)
            throw new OptionsException("--input", $"{path} holds no JSON lines");
        return new InputPageSource(
            Path.GetDirectoryName(full)!,
            [],
            full,
            offsets,
            maxPageBytes,
            followLinks: true,
            []
        );
    }

    private static InputPageSource Records(string root, IRecordInput records, long maxPageBytes) =>
        new(root, [], null, [], maxPageBytes, followLinks: true, [], records);

    private static FileKind KindOf(string path, string full)
    {
        try
        {
            return UnixFile.Status(full, followLinks: true).Kind;
        }
        catch (Win32Exception e)
        {
            throw new OptionsException("--input", $"{path} cannot be read: {e.Message}");
        }
    }

    private static string Article(FileKind kind) =>
        kind switch
        {
            FileKind.Fifo => "a FIFO",
            FileKind.Device => "a device",
            FileKind.Socket => "a socket",
            _ => "a link to nothing",
        };

    /// <summary>One line per reason something was skipped: how many, and the first few paths.</summary>
    public IEnumerable<string> SkipSummary() =>
        _records is { NotPages: > 0 } records
            ? SkippedLines().Prepend($"Skipped records that are not HTML pages: {records.NotPages}")
            : SkippedLines();

    private IEnumerable<string> SkippedLines() =>
        Skipped
            .GroupBy(s => s.Reason)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var examples = string.Join(", ", g.Take(ExamplesPerReason).Select(s => s.Path));
                var more = g.Count() > ExamplesPerReason ? ", ..." : "";
                return $"Skipped {g.Key.Describe()}: {g.Count()} ({examples}{more})";
            });

    /// <summary>Counts what was skipped, by reason, into the run's stats (input.skipped.CODE).</summary>
    public void CountSkips(RunStats stats)
    {
        foreach (var skip in Skipped)
            stats.Add("input.skipped." + skip.Reason.Code(), 1);
    }

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        if (_records is not null)
            return await _records.ReadAsync(spec, Name, cancellationToken);
        if (_jsonlPath is null)
        {
            var file = _files[(int)spec.Index];
            var topic = Path.GetRelativePath(_root, file).Replace('\\', '/');
            var read = await PageFile.ReadAsync(file, topic, _maxPageBytes, _followLinks, cancellationToken);
            if (!read.Passed)
                return read.Carry<GeneratedPage>();
            var html = Utf8.GetString(StripBom(read.Value));
            return StepResult<GeneratedPage>.Pass(
                new GeneratedPage(spec, html, "", topic, Name, [], null) { SourceFile = file }
            );
        }
        var line = await ReadLineAsync(_lineOffsets[(int)spec.Index], cancellationToken);
        return ParseLine(spec, line);
    }

    private StepResult<GeneratedPage> ParseLine(SampleSpec spec, string line)
    {
        string Where() => $"{Path.GetFileName(_jsonlPath)} line {spec.Index + 1}";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (
                root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("text", out var text)
                || text.ValueKind != JsonValueKind.String
            )
                return Unreadable($"{Where()} has no string field 'text'", line);
            var idea =
                root.TryGetProperty("llm_generated_idea", out var i) && i.ValueKind == JsonValueKind.String
                    ? i.GetString()!
                    : "";
            var topic =
                root.TryGetProperty("topic", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return StepResult<GeneratedPage>.Pass(
                new GeneratedPage(spec, text.GetString()!, idea, topic, Name, [], null)
            );
        }
        catch (JsonException e)
        {
            return Unreadable($"{Where()} is not JSON: {e.Message}", line);
        }
    }

    private static StepResult<GeneratedPage> Unreadable(string detail, string raw) =>
        StepResult<GeneratedPage>.Refuse(new Refusal(RejectReason.InputUnreadable, detail, raw, "input"));

    private async Task<string> ReadLineAsync(long offset, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            _jsonlPath!,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            useAsync: true
        );
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Utf8);
        return await reader.ReadLineAsync(cancellationToken) ?? "";
    }

    /// <summary>Where each non-blank line starts, so a million-line file is read once and then by seek.</summary>
    private static List<long> LineOffsets(string path)
    {
        var offsets = new List<long>();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var buffer = new byte[1 << 20];
        long position = 0;
        long lineStart = 0;
        var lineHasContent = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (b == (byte)'\n')
                {
                    if (lineHasContent)
                        offsets.Add(lineStart);
                    lineStart = position + i + 1;
                    lineHasContent = false;
                }
                else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
                    lineHasContent = true;
            }
            position += read;
        }
        if (lineHasContent)
            offsets.Add(lineStart);
        return offsets;
    }

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
}
