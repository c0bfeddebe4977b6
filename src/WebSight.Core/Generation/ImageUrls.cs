using System.Globalization;
using System.Text.RegularExpressions;

namespace WebSight.Core.Generation;

/// <summary>
/// The one image URL scheme pages use: WebSight's own <c>https://source.unsplash.com/random/WxH/?keyword</c>.
/// That service is gone; the renderer serves these URLs offline with keyword-seeded placeholders.
/// </summary>
internal static partial class ImageUrls
{
    public const string Host = "source.unsplash.com";

    public static string For(int width, int height, string keyword) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"https://{Host}/random/{width}x{height}/?{Uri.EscapeDataString(keyword.Trim().ToLowerInvariant())}"
        );

    /// <summary>Reads width, height and keyword back from a URL of the scheme; false for anything else.</summary>
    public static bool TryParse(string url, out ImageRequest request)
    {
        request = default;
        var match = SchemePattern().Match(url);
        if (!match.Success)
            return false;
        var width = int.Parse(match.Groups["w"].ValueSpan, CultureInfo.InvariantCulture);
        var height = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        if (width is < 1 or > 4096 || height is < 1 or > 4096)
            return false;
        var keyword = Uri.UnescapeDataString(match.Groups["k"].Value);
        request = new ImageRequest(width, height, keyword.Length == 0 ? "image" : keyword);
        return true;
    }

    /// <summary>Every URL of the scheme written anywhere in <paramref name="text"/>, in order, entities decoded.</summary>
    public static IEnumerable<string> InText(string text) =>
        UrlInText().Matches(text).Select(m => System.Net.WebUtility.HtmlDecode(m.Value));

    [GeneratedRegex(
        @"https?://source\.unsplash\.com/[^\s""'<>()\\]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    )]
    private static partial Regex UrlInText();

    [GeneratedRegex(
        @"^https?://source\.unsplash\.com/(?:random/)?(?<w>\d{1,4})x(?<h>\d{1,4})/?(?:\?(?<k>[^#]*))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    )]
    private static partial Regex SchemePattern();
}

internal readonly record struct ImageRequest(int Width, int Height, string Keyword);
