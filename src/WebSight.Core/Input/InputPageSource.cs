using System.Text;
using System.Text.Json;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Input;

/// <summary>
/// Pages a user already has, as the pipeline's generator: every *.html/*.htm file under a directory (sorted by
/// path), or JSON lines with a <c>text</c> field. Sample i is the i-th page; the set is fixed, so rejected pages
/// are not replaced. Bytes that are not UTF-8 are decoded with replacement characters, never refused.
/// </summary>
internal sealed class InputPageSource : IPageSource
{
    public const string GeneratorName = "input";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly string? _jsonlPath;
    private readonly IReadOnlyList<string> _files;
    private readonly IReadOnlyList<long> _lineOffsets;
    private readonly string _root;

    private InputPageSource(
        string root,
        IReadOnlyList<string> files,
        string? jsonlPath,
        IReadOnlyList<long> lineOffsets
    )
    {
        _root = root;
        _files = files;
        _jsonlPath = jsonlPath;
        _lineOffsets = lineOffsets;
    }

    public string Name => GeneratorName;

    public int Concurrency => 1;

    public long? FixedSampleCount => _jsonlPath is null ? _files.Count : _lineOffsets.Count;

    public static InputPageSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var files = Directory
                .EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f =>
                    f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
                )
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
                throw new OptionsException("--input", $"{path} holds no .html or .htm files");
            return new InputPageSource(root, files, null, []);
        }
        if (!File.Exists(path))
            throw new OptionsException("--input", $"{path} is neither a directory nor a file");
        var full = Path.GetFullPath(path);
        if (
            full.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || full.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        )
            return new InputPageSource(Path.GetDirectoryName(full)!, [full], null, []);
        var offsets = LineOffsets(full);
        if (offsets.Count == 0)
            throw new OptionsException("--input", $"{path} holds no JSON lines");
        return new InputPageSource(Path.GetDirectoryName(full)!, [], full, offsets);
    }

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        if (_jsonlPath is null)
        {
            var file = _files[(int)spec.Index];
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var html = Utf8.GetString(StripBom(bytes));
            var topic = Path.GetRelativePath(_root, file).Replace('\\', '/');
            return StepResult<GeneratedPage>.Pass(new GeneratedPage(spec, html, "", topic, Name, [], null));
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
