using WebSight.Core.Foundation;

namespace WebSight.Core.Validation;

/// <summary>Thresholds of the HTML checks. Defaults follow the filters of the WebSight v0.2 build.</summary>
internal sealed class ValidationOptions
{
    /// <summary>Parser errors tolerated per page (a WebSight page already has one: no doctype).</summary>
    public int MaxParseErrors { get; init; } = 20;

    public int MinVisibleWords { get; init; } = 10;

    public int MaxHtmlBytes { get; init; } = 256 * 1024;

    /// <summary>Most elements a page may have: a template page has a few hundred, and style recalculation over
    /// 100,000 elements takes Chromium tens of seconds.</summary>
    public int MaxElements { get; init; } = 10_000;

    /// <summary>Largest share of class tokens Tailwind 2.2.19 does not define.</summary>
    public double MaxUnknownClassShare { get; init; } = 0.2;

    /// <summary>Strip scripts, event handlers and javascript: URLs instead of rejecting the page.</summary>
    public bool StripScripts { get; init; }

    /// <summary>Let scripts through, because the renderer runs them (--allow-js) under its time budget.</summary>
    public bool AllowScripts { get; init; }

    /// <summary>Hosts a page may load resources from; the renderer serves these itself.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["cdn.jsdelivr.net", "unpkg.com", "source.unsplash.com"];

    public void Validate()
    {
        if (MaxParseErrors < 0)
            throw new OptionsException("--max-parse-errors", "must be 0 or more");
        if (MinVisibleWords < 0)
            throw new OptionsException("--min-words", "must be 0 or more");
        if (MaxHtmlBytes < 1024)
            throw new OptionsException("--max-html-bytes", "must be at least 1024");
        if (MaxElements < 10)
            throw new OptionsException("--max-elements", "must be at least 10");
        if (MaxUnknownClassShare is < 0 or > 1)
            throw new OptionsException("--max-unknown-class-share", "must be between 0 and 1");
    }
}
