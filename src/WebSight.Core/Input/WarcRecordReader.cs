using System.Globalization;
using System.Text;

namespace WebSight.Core.Input;

/// <summary>
/// The records of a WARC file (ISO 28500, versions 1.0 and 1.1), one at a time from a stream that is never held
/// whole: a version line, named fields up to a blank line, a block of Content-Length bytes, and two line breaks.
/// Only the blocks of HTTP responses are kept, and only their first <c>maxBlockBytes</c>; the rest is read past.
/// </summary>
internal sealed class WarcRecordReader(Stream stream, long maxBlockBytes)
{
    private const int MaxLineBytes = 64 * 1024;

    private long _records;

    /// <summary>The next record, or null at the end of the file; an <see cref="InvalidDataException"/> when it is not WARC.</summary>
    public WarcRecord? Next()
    {
        var version = ReadLine(allowEnd: true);
        while (version is { Length: 0 })
            version = ReadLine(allowEnd: true);
        if (version is null)
            return null;
        _records++;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            throw new InvalidDataException(
                $"record {_records} starts with '{Cut(version)}', not a WARC version line (WARC/1.0 or WARC/1.1)"
            );
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = ReadLine(allowEnd: false)!; line.Length > 0; line = ReadLine(allowEnd: false)!)
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        if (
            !fields.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
        )
            throw new InvalidDataException($"record {_records} has no valid Content-Length");
        var type = fields.GetValueOrDefault("WARC-Type", "");
        var isResponse =
            type.Equals("response", StringComparison.OrdinalIgnoreCase)
            && fields
                .GetValueOrDefault("Content-Type", "")
                .Contains("application/http", StringComparison.OrdinalIgnoreCase);
        byte[]? block = null;
        if (isResponse)
            block = ReadBytes((int)Math.Min(length, maxBlockBytes));
        Skip(length - (block?.Length ?? 0));
        return new WarcRecord(_records, type, TargetUri(fields), length, block, length > (block?.Length ?? 0));
    }

    /// <summary>WARC 1.0 wrote the URI in angle brackets; 1.1 does not.</summary>
    private static string? TargetUri(Dictionary<string, string> fields) =>
        fields.TryGetValue("WARC-Target-URI", out var uri) ? uri.Trim('<', '>') : null;

    private string? ReadLine(bool allowEnd)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                if (bytes.Count == 0 && allowEnd)
                    return null;
                throw new InvalidDataException($"record {_records} ends in the middle of its header");
            }
            if (b == '\n')
                break;
            if (bytes.Count >= MaxLineBytes)
                throw new InvalidDataException($"record {_records} has a header line over {MaxLineBytes} bytes");
            bytes.Add((byte)b);
        }
        if (bytes.Count > 0 && bytes[^1] == '\r')
            bytes.RemoveAt(bytes.Count - 1);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private byte[] ReadBytes(int count)
    {
        var buffer = new byte[count];
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"record {_records} is cut short: the file ends inside its block");
        }
        return buffer;
    }

    private void Skip(long count)
    {
        var buffer = new byte[64 * 1024];
        while (count > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
                throw new InvalidDataException($"record {_records} is cut short: the file ends inside its block");
            count -= read;
        }
    }

    private static string Cut(string line) => line.Length > 40 ? line[..40] + "..." : line;
}

/// <summary>One WARC record: its number (1-based), type, target URI, block length, and the block's head for responses.</summary>
internal sealed record WarcRecord(
    long Number,
    string Type,
    string? TargetUri,
    long Length,
    byte[]? Block,
    bool Truncated
);
