using System.Globalization;
using System.Text;

namespace WebSight.Core.Input;

/// <summary>HTTP/1.1 chunked transfer coding undone: hex sizes (extensions ignored), data, line breaks, a zero chunk.</summary>
internal static class ChunkedBody
{
    public static byte[] Decode(byte[] chunked)
    {
        using var body = new MemoryStream(chunked.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(chunked, (byte)'\n', at);
            if (lineEnd < 0)
                throw new InvalidDataException("chunked body ends without its last (zero) chunk");
            var sizeText = Encoding.Latin1.GetString(chunked, at, lineEnd - at).Split(';')[0].Trim();
            if (
                !int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
                || size < 0
            )
                throw new InvalidDataException($"chunk size '{sizeText}' is not a hexadecimal number");
            if (size == 0)
                return body.ToArray();
            var start = lineEnd + 1;
            if (start + size > chunked.Length)
                throw new InvalidDataException("a chunk runs past the end of the record");
            body.Write(chunked, start, size);
            at = start + size;
            // The line break after the data.
            if (at < chunked.Length && chunked[at] == '\r')
                at++;
            if (at < chunked.Length && chunked[at] == '\n')
                at++;
        }
    }
}
