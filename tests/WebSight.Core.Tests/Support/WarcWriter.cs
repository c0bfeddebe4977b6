using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace WebSight.Core.Tests.Support;

/// <summary>
/// Writes WARC 1.1 files as crawlers do, for tests: a warcinfo record, then request/response pairs whose blocks
/// are raw HTTP messages; .warc.gz files get one gzip member per record, as the standard recommends.
/// </summary>
internal sealed class WarcWriter : IDisposable
{
    private readonly Stream _file;
    private readonly bool _gzip;
    private int _records;

    public WarcWriter(string path)
    {
        _file = File.Create(path);
        _gzip = path.EndsWith(".gz", StringComparison.Ordinal);
        Record(
            "warcinfo",
            null,
            "application/warc-fields",
            "software: websight-tests\r\nformat: WARC 1.1\r\n"u8.ToArray()
        );
    }

    /// <summary>A GET request and its response with <paramref name="headers"/> (CRLF-separated) and <paramref name="body"/>.</summary>
    public void Exchange(string url, string status, string headers, byte[] body)
    {
        var uri = new Uri(url);
        Record(
            "request",
            url,
            "application/http; msgtype=request",
            Encoding.ASCII.GetBytes($"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Host}\r\n\r\n")
        );
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}\r\n\r\n");
        Record("response", url, "application/http; msgtype=response", [.. head, .. body]);
    }

    /// <summary>An HTML response of <paramref name="html"/> in <paramref name="encoding"/>.</summary>
    public void Html(string url, string html, Encoding? encoding = null, bool chunked = false)
    {
        encoding ??= Encoding.UTF8;
        var body = encoding.GetBytes(html);
        var headers = $"Content-Type: text/html; charset={encoding.WebName}";
        if (chunked)
        {
            headers += "\r\nTransfer-Encoding: chunked";
            body = Chunk(body);
        }
        else
            headers += $"\r\nContent-Length: {body.Length}";
        Exchange(url, "200 OK", headers, body);
    }

    /// <summary>The chunked transfer coding of <paramref name="body"/>, in chunks of 7 bytes with an extension on one.</summary>
    public static byte[] Chunk(byte[] body)
    {
        using var output = new MemoryStream();
        for (var at = 0; at < body.Length; at += 7)
        {
            var size = Math.Min(7, body.Length - at);
            var extension = at == 0 ? ";name=value" : "";
            output.Write(
                Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + extension + "\r\n")
            );
            output.Write(body, at, size);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    private void Record(string type, string? url, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2026-01-01T00:00:00Z\r\n");
        if (url is not null)
            header.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {url}\r\n");
        header
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n\r\n");
        byte[] record = [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
        _records++;
        if (!_gzip)
        {
            _file.Write(record);
            return;
        }
        using var member = new GZipStream(_file, CompressionLevel.Fastest, leaveOpen: true);
        member.Write(record);
    }

    public int Records => _records;

    public void Dispose() => _file.Dispose();
}
