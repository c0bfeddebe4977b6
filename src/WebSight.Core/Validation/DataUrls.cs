using System.Text;

namespace WebSight.Core.Validation;

/// <summary>
/// The documents inside <c>data:</c> URLs. An iframe, object or embed given a <c>data:</c> URL of a markup type
/// renders it as a page of its own, which can load resources and hold scripts, so the checks read it as one.
/// </summary>
internal static class DataUrls
{
    /// <summary>The media type and markup of a <c>data:</c> URL of an HTML, XML or SVG type; false for anything else.</summary>
    public static bool TryReadDocument(string url, out string mediaType, out string markup)
    {
        mediaType = markup = "";
        var trimmed = BrowserUrls.Normalize(url);
        if (!trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return false;
        var comma = trimmed.IndexOf(',', 5);
        if (comma < 0)
            return false;
        var parameters = trimmed[5..comma].Split(';', StringSplitOptions.TrimEntries);
        mediaType = parameters[0].ToLowerInvariant();
        if (
            !mediaType.Contains("html", StringComparison.Ordinal)
            && !mediaType.Contains("xml", StringComparison.Ordinal)
        )
            return false;
        var body = PercentDecode(trimmed[(comma + 1)..]);
        if (parameters[^1].Equals("base64", StringComparison.OrdinalIgnoreCase) && !TryBase64(body, out body))
            return false;
        markup = Decode(body, parameters);
        return true;
    }

    /// <summary>A data: URL of the given media type holding <paramref name="markup"/> (UTF-8, base64).</summary>
    public static string Encode(string mediaType, string markup) =>
        $"data:{mediaType};charset=utf-8;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(markup))}";

    private static byte[] PercentDecode(string text)
    {
        var bytes = new List<byte>(text.Length);
        var utf8 = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == '%' && i + 2 < utf8.Length && IsHex(utf8[i + 1]) && IsHex(utf8[i + 2]))
            {
                bytes.Add((byte)(Hex(utf8[i + 1]) * 16 + Hex(utf8[i + 2])));
                i += 2;
            }
            else
                bytes.Add(utf8[i]);
        }
        return [.. bytes];
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int Hex(byte b) => char.IsAsciiDigit((char)b) ? b - '0' : (b | 0x20) - 'a' + 10;

    /// <summary>Forgiving base64, as browsers decode data: URLs: whitespace ignored, padding optional.</summary>
    private static bool TryBase64(byte[] encoded, out byte[] decoded)
    {
        var text = new string([.. Encoding.ASCII.GetString(encoded).Where(c => !char.IsWhiteSpace(c))]).TrimEnd('=');
        text = text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
        decoded = new byte[text.Length * 3 / 4];
        if (!Convert.TryFromBase64String(text, decoded, out var written))
            return false;
        decoded = decoded[..written];
        return true;
    }

    /// <summary>By byte order mark, then the charset parameter, then UTF-8: a UTF-16 document read as UTF-8 would hide its tags.</summary>
    private static string Decode(byte[] body, string[] parameters)
    {
        var encoding = Encoding.UTF8;
        foreach (var parameter in parameters)
        {
            if (!parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
                continue;
            try
            {
                encoding = Encoding.GetEncoding(parameter[8..].Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: browsers fall back too, and the markup characters read the same in UTF-8.
            }
        }
        using var reader = new StreamReader(new MemoryStream(body), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
