using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace WebSight.Core.Input;

/// <summary>
/// An HTTP/1.x response as a crawler stored it in a WARC block: status, header fields and body, with a chunked
/// transfer encoding undone and a gzip, deflate or brotli content encoding decoded (at most a bounded size).
/// </summary>
internal sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The response in <paramref name="block"/>, or null when it is not one.</summary>
    public static HttpResponse? Parse(byte[] block)
    {
        var end = HeaderEnd(block, out var bodyStart);
        if (end < 0)
            return null;
        var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (
            status.Length < 2
            || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        )
            return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return new HttpResponse(code, headers, block[bodyStart..]);
    }

    /// <summary>The media type of Content-Type, lower case, without parameters; "" when there is none.</summary>
    public string MediaType =>
        Headers.TryGetValue("Content-Type", out var type) ? type.Split(';')[0].Trim().ToLowerInvariant() : "";

    /// <summary>The charset parameter of Content-Type, or null.</summary>
    public string? Charset =>
        Headers.TryGetValue("Content-Type", out var type)
            ? type.Split(';')
                .Skip(1)
                .Select(p => p.Trim())
                .Where(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
                .Select(p => p["charset=".Length..].Trim('"', '\'', ' '))
                .FirstOrDefault()
            : null;

    /// <summary>A successful response with an HTML document (by its Content-Type, or by its first bytes without one).</summary>
    public bool IsHtml =>
        Status is >= 200 and < 300
        && (MediaType is "text/html" or "application/xhtml+xml" || (MediaType.Length == 0 && LooksLikeHtml(Body)));

    /// <summary>The body as the server meant it: de-chunked and decoded, at most <paramref name="maxBytes"/> + 1 bytes.</summary>
    public byte[] DecodedBody(long maxBytes)
    {
        var body = Headers
            .GetValueOrDefault("Transfer-Encoding", "")
            .Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? ChunkedBody.Decode(Body)
            : Body;
        var encoding = Headers.GetValueOrDefault("Content-Encoding", "").Trim().ToLowerInvariant();
        if (encoding is "" or "identity")
            return body;
        using var compressed = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(compressed, CompressionMode.Decompress),
            "deflate" => new ZLibStream(compressed, CompressionMode.Decompress),
            "br" => new BrotliStream(compressed, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"content encoding '{encoding}' is not one this reader decodes"),
        };
        using var plain = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while (plain.Length <= maxBytes && (read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            plain.Write(buffer, 0, read);
        return plain.ToArray();
    }

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal)
            || head.StartsWith("<html", StringComparison.Ordinal);
    }

    /// <summary>Where the header ends (the first empty line; CRLF or bare LF), and where the body starts; -1 if never.</summary>
    private static int HeaderEnd(byte[] block, out int bodyStart)
    {
        for (var i = 0; i + 1 < block.Length; i++)
        {
            if (block[i] != '\n')
                continue;
            if (block[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }
            if (block[i + 1] == '\r' && i + 2 < block.Length && block[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }
        bodyStart = block.Length;
        return -1;
    }
}
