using System.Text;
using System.Text.RegularExpressions;

namespace WebSight.Core.Input;

/// <summary>
/// The text of an HTML body, decoded the way a browser picks the encoding: a byte order mark, then the charset of the
/// HTTP Content-Type, then a meta charset in the first 1024 bytes, then UTF-8. Unknown names fall back to UTF-8;
/// undecodable bytes become replacement characters.
/// </summary>
internal static partial class HtmlCharset
{
    private static readonly Lazy<bool> CodePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static string Decode(byte[] body, string? httpCharset)
    {
        if (Encoding.UTF8.Preamble.SequenceEqual(body.AsSpan(0, Math.Min(3, body.Length))))
            return new UTF8Encoding(false, false).GetString(body, 3, body.Length - 3);
        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
            return Encoding.Unicode.GetString(body, 2, body.Length - 2);
        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(body, 2, body.Length - 2);
        var name = httpCharset ?? MetaCharset(body);
        return Lookup(name).GetString(body);
    }

    private static Encoding Lookup(string? name)
    {
        _ = CodePages.Value;
        if (string.IsNullOrWhiteSpace(name))
            return Encoding.UTF8;
        try
        {
            // A page cannot be UTF-16 by its own declaration (browsers read such a meta as UTF-8), nor ISO-8859-1:
            // browsers read that as windows-1252.
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding.CodePage switch
            {
                1200 or 1201 => Encoding.UTF8,
                28591 => Encoding.GetEncoding(1252),
                _ => encoding,
            };
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(1024, body.Length));
        var match = MetaPattern().Match(head);
        return match.Success ? match.Groups["c"].Value : null;
    }

    [GeneratedRegex(
        @"<meta[^>]*?charset\s*=\s*[""']?(?<c>[A-Za-z0-9_\-:.]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 250
    )]
    private static partial Regex MetaPattern();
}
