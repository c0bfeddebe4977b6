using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;

namespace WebSight.Review;

/// <summary>
/// A sample's HTML made to render offline inside the review's sandboxed iframe: the Tailwind link replaced by the
/// rules the page uses, inline; WebSight image URLs replaced by the same placeholders the renderer drew, as data:
/// URIs. Scripts are left in place on purpose: the sandbox and <see cref="ContentSecurityPolicy"/> must stop them.
/// </summary>
internal sealed class SafePreview(Func<OfflineResources?> resources)
{
    /// <summary>
    /// Nothing may load or run: no script, no network, no forms, no navigation of the parent. The <c>sandbox</c>
    /// directive applies even when the URL is opened outside the iframe.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    public string Render(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var offline = resources();
        foreach (var link in document.QuerySelectorAll("link[href]").ToList())
        {
            if (TailwindStylesheet.IsCdnLink(link.GetAttribute("href") ?? ""))
                link.Remove();
        }
        var style = document.CreateElement("style");
        style.TextContent = offline is null
            ? "/* The Tailwind stylesheet is not installed here (run ./websight once); the page is shown unstyled. */"
            : System.Text.Encoding.UTF8.GetString(offline.StylesheetFor(html));
        document.Head!.Prepend(style);
        foreach (var image in document.QuerySelectorAll("img[src]"))
        {
            if (ImageUrls.TryParse(image.GetAttribute("src") ?? "", out var request))
                image.SetAttribute(
                    "src",
                    "data:"
                        + PlaceholderImages.ContentType
                        + ";base64,"
                        + Convert.ToBase64String(PlaceholderImages.Render(request))
                );
        }
        return document.DocumentElement.OuterHtml;
    }

    /// <summary>The stylesheet and its rule index, loaded once on first use; null when the stylesheet is not installed.</summary>
    public static Func<OfflineResources?> LoadOnce()
    {
        var lazy = new Lazy<OfflineResources?>(() =>
        {
            try
            {
                var sheet = TailwindStylesheet.Load();
                return new OfflineResources(TailwindRules.Parse(sheet.Bytes), sheet.Bytes, serveFullStylesheet: false);
            }
            catch (SetupException)
            {
                return null;
            }
        });
        return () => lazy.Value;
    }
}
