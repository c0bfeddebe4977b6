using System.Diagnostics;
using WebSight.Core.Foundation;
using WebSight.Core.Setup;

namespace WebSight.Core.Rendering;

/// <summary>
/// One renderer's way to a page's CSS: a subset of the static 2.2.19 sheet, or for Tailwind 3 and 4 the output of
/// this renderer's own compiler worker (one long-lived process, no process per page), and the document the
/// browser is given with that CSS in place.
/// </summary>
/// A plain-CSS page (<c>--styling css</c>) carries all its CSS: it gets only the rules that freeze animations.
internal sealed class PageStyles(OfflineResources resources, RunStats? stats = null, bool plainCss = false)
    : IDisposable
{
    /// <summary>What stats.json calls the time a page's CSS takes (the subset, or the compile), inside `load`.</summary>
    public const string StageName = "stylesheet";

    private readonly TailwindCompiler? _compiler =
        resources.Profile.Compiled && !plainCss ? TailwindCompiler.Start(resources.Profile) : null;

    public byte[] StylesheetFor(string html)
    {
        if (plainCss)
            return [];
        var watch = Stopwatch.StartNew();
        var stylesheet = resources.StylesheetFor(html, _compiler);
        stats?.Record(StageName, watch.Elapsed, passed: true);
        return stylesheet;
    }

    /// <summary>
    /// The page with its resources inlined (see <see cref="ResourceInliner"/>) unless JavaScript is on (a script
    /// could read its own document, so it gets the page as written) or inlining is off; a compiled profile's CSS
    /// replaces the CDN script in any case, since the renderer never runs that script.
    /// </summary>
    public string Document(string html, byte[] stylesheet, IImageResolver images, RenderOptions options)
    {
        var document =
            plainCss ? ResourceInliner.PlaceCompiledStyle(html, OfflineResources.FreezeRules)
            : _compiler is null ? html
            : ResourceInliner.PlaceCompiledStyle(html, stylesheet);
        return options.InlineResources && !options.JavaScriptEnabled
            ? ResourceInliner.Inline(document, stylesheet, images)
            : document;
    }

    public void Dispose() => _compiler?.Dispose();
}
