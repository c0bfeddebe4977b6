using WebSight.Core.Foundation;
using WebSight.Core.Styling;

namespace WebSight.Core.Validation;

/// <summary>
/// Thresholds of the HTML checks. Defaults follow the filters of the WebSight v0.2 build. Each setting's flag and
/// default are declared here once, in the flag's unit; the CLI and the messages use them.
/// </summary>
internal sealed class ValidationOptions
{
    public const string MaxParseErrorsFlag = "--max-parse-errors";
    public const int DefaultMaxParseErrors = 20;

    public const string MinWordsFlag = "--min-words";
    public const int DefaultMinWords = 10;

    public const string MaxHtmlKbFlag = "--max-html-kb";
    public const int DefaultMaxHtmlKb = 256;

    public const string MaxElementsFlag = "--max-elements";
    public const int DefaultMaxElements = 10_000;

    public const string MaxDepthFlag = "--max-depth";
    public const int DefaultMaxDepth = 256;

    public const string ValidationBudgetMsFlag = "--validation-budget-ms";
    public const int DefaultValidationBudgetMs = 5_000;

    public const string MaxUnknownClassShareFlag = "--max-unknown-class-share";
    public const double DefaultMaxUnknownClassShare = 0.2;

    public const string StripScriptsFlag = "--strip-scripts";

    public const string AllowLoremIpsumFlag = "--allow-lorem-ipsum";

    public const string AllowSeveralBodiesFlag = "--allow-several-bodies";

    /// <summary>Parser errors tolerated per page (a WebSight page already has one: no doctype).</summary>
    public int MaxParseErrors { get; init; } = DefaultMaxParseErrors;

    public int MinVisibleWords { get; init; } = DefaultMinWords;

    public int MaxHtmlBytes { get; init; } = DefaultMaxHtmlKb * 1024;

    /// <summary>Most elements a page may have: a template page has a few hundred, and style recalculation over
    /// 100,000 elements takes Chromium tens of seconds.</summary>
    public int MaxElements { get; init; } = DefaultMaxElements;

    /// <summary>Deepest element nesting a page may have. Parsing costs time in proportion to the depth for every tag,
    /// and Chromium's parser stops nesting at 512, so a deeper page would not render as its code reads.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Wall-clock time one page's checks may take; a page past it is rejected, whatever made it slow.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(DefaultValidationBudgetMs);

    /// <summary>Largest share of class tokens Tailwind 2.2.19 does not define.</summary>
    public double MaxUnknownClassShare { get; init; } = DefaultMaxUnknownClassShare;

    /// <summary>Strip scripts, event handlers, javascript: URLs and meta refreshes instead of rejecting the page,
    /// in the page and in the documents it embeds.</summary>
    public bool StripScripts { get; init; }

    /// <summary>With css, every class must be defined in the page's style blocks; the Tailwind class check does not apply.</summary>
    public PageStyling Styling { get; init; }

    /// <summary>Let scripts through, because the renderer runs them (--allow-js) under its time budget.</summary>
    public bool AllowScripts { get; init; }

    /// <summary>Hosts a page may load resources from; the renderer serves these itself.</summary>
    /// <summary>What becomes of resources the renderer does not serve: only <see cref="ResourcePolicy.Reject"/>
    /// refuses a page for linking to them; the others let the renderer answer them offline.</summary>
    public ResourcePolicy Resources { get; init; } = ResourcePolicy.Reject;

    /// <summary>Accept "lorem ipsum" (real pages have it; generated ones should not).</summary>
    public bool AllowLoremIpsum { get; init; }

    /// <summary>Accept several &lt;body&gt; tags: the parser, like a browser's, merges them into one body.</summary>
    public bool AllowSeveralBodies { get; init; }

    /// <summary>Scripts that will not run (JavaScript off) and whose page is rendered offline are left in, not refused:
    /// a real page is stored as given, and the browser ignores them.</summary>
    public bool ScriptsInert => Resources != ResourcePolicy.Reject && !AllowScripts;

    public IReadOnlyList<string> AllowedHosts { get; init; } = ["cdn.jsdelivr.net", "unpkg.com", "source.unsplash.com"];

    public void Validate()
    {
        if (MaxParseErrors < 0)
            throw new OptionsException(MaxParseErrorsFlag, "must be 0 or more");
        if (MinVisibleWords < 0)
            throw new OptionsException(MinWordsFlag, "must be 0 or more");
        if (MaxHtmlBytes < 1024)
            throw new OptionsException(MaxHtmlKbFlag, "must be at least 1");
        if (MaxElements < 10)
            throw new OptionsException(MaxElementsFlag, "must be at least 10");
        if (MaxDepth is < 8 or > 512)
            throw new OptionsException(MaxDepthFlag, "must be between 8 and 512");
        if (Budget < TimeSpan.FromMilliseconds(1))
            throw new OptionsException(ValidationBudgetMsFlag, "must be at least 1");
        if (MaxUnknownClassShare is < 0 or > 1)
            throw new OptionsException(MaxUnknownClassShareFlag, "must be between 0 and 1");
    }
}
