using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WebSight.Core.Rendering;

/// <summary>
/// The size and subject a page asks for each of its images, read from the markup before it renders: width and height
/// attributes (or pixel sizes in its style attribute) and the alt text of img, picture sources, video posters and SVG
/// images. A request for an image the markup does not size gets <see cref="Default"/>.
/// </summary>
internal static partial class ImageSizes
{
    public static readonly ImageHint Default = new(240, 180, "image");

    private const int Largest = 4096;

    public static Dictionary<string, ImageHint> Of(string html, Uri baseUrl)
    {
        var hints = new Dictionary<string, ImageHint>(StringComparer.Ordinal);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("img, video[poster], image, picture source"))
        {
            var sized = element.LocalName == "source" ? element.ParentElement?.QuerySelector("img") : element;
            if (sized is null || Hint(sized) is not { } hint)
                continue;
            foreach (var url in Urls(element))
            {
                if (Uri.TryCreate(baseUrl, url.Trim(), out var absolute))
                    hints.TryAdd(absolute.AbsoluteUri, hint);
            }
        }
        return hints;
    }

    private static IEnumerable<string> Urls(IElement element)
    {
        foreach (var name in (string[])["src", "poster", "href", "xlink:href"])
        {
            if (element.GetAttribute(name) is { Length: > 0 } url)
                yield return url;
        }
        if (element.GetAttribute("srcset") is { Length: > 0 } srcset)
        {
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries))
                yield return candidate.Trim().Split(' ', 2)[0];
        }
    }

    private static ImageHint? Hint(IElement element)
    {
        var style = element.GetAttribute("style") ?? "";
        var width = Pixels(element.GetAttribute("width")) ?? StylePixels(style, "width");
        var height = Pixels(element.GetAttribute("height")) ?? StylePixels(style, "height");
        var keyword = (element.GetAttribute("alt") ?? "").Trim();
        if (width is null && height is null && keyword.Length == 0)
            return null;
        // One side given: the other follows the default's proportions.
        var w = width ?? (height is { } h1 ? h1 * Default.Width / Default.Height : Default.Width);
        var h = height ?? w * Default.Height / Default.Width;
        return new ImageHint(
            Math.Clamp(w, 1, Largest),
            Math.Clamp(h, 1, Largest),
            keyword.Length == 0 ? Default.Keyword : keyword
        );
    }

    private static int? Pixels(string? value)
    {
        var text = value?.Trim().Replace("px", "", StringComparison.OrdinalIgnoreCase) ?? "";
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) && pixels >= 1
            ? (int)Math.Round(pixels)
            : null;
    }

    private static int? StylePixels(string style, string property)
    {
        var match = StyleLength().Match(style);
        while (match.Success)
        {
            if (match.Groups["p"].Value.Equals(property, StringComparison.OrdinalIgnoreCase))
                return Pixels(match.Groups["v"].Value);
            match = match.NextMatch();
        }
        return null;
    }

    [GeneratedRegex(
        @"(?<![-\w])(?<p>width|height)\s*:\s*(?<v>\d+(?:\.\d+)?)px",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 250
    )]
    private static partial Regex StyleLength();
}

/// <summary>The size in CSS pixels and the subject (alt text) of a placeholder for one image.</summary>
internal readonly record struct ImageHint(int Width, int Height, string Keyword);
