namespace WebSight.Core.Setup;

/// <summary>
/// The Tailwind CSS version a run writes, validates and renders for (<c>--tailwind 2|3|4</c>). A page keeps the
/// version's usual CDN form, so a row is a page anyone can open; the renderer never loads that CDN but inlines
/// the CSS the version's own stylesheet or compiler makes for the page.
/// </summary>
internal sealed class TailwindProfile
{
    public const string Flag = "--tailwind";
    public const int DefaultNumber = 2;

    /// <summary>The static 2.2.19 sheet WebSight v0.2 links.</summary>
    public static readonly TailwindProfile V2 = new(
        2,
        TailwindStylesheet.Version,
        "<link href=\"" + TailwindStylesheet.CdnUrl + "\" rel=\"stylesheet\">",
        null
    );

    /// <summary>The Play CDN script of Tailwind 3.</summary>
    public static readonly TailwindProfile V3 = new(
        3,
        TailwindCompilerPackage.V3.Version,
        "<script src=\"" + V3ScriptUrl + "\"></script>",
        V3ScriptUrl
    );

    /// <summary>The browser build of Tailwind 4.</summary>
    public static readonly TailwindProfile V4 = new(
        4,
        TailwindCompilerPackage.V4.Version,
        "<script src=\"" + V4ScriptUrl + "\"></script>",
        V4ScriptUrl
    );

    private const string V3ScriptUrl = "https://cdn.tailwindcss.com";
    private const string V4ScriptUrl = "https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4";

    /// <summary>Script addresses of the in-browser builds a page may carry; the renderer answers them itself.</summary>
    private static readonly HashSet<string> CdnScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        V3ScriptUrl,
        V3ScriptUrl + "/",
        "https://cdn.tailwindcss.com/3.4.19",
        V4ScriptUrl,
        "https://unpkg.com/@tailwindcss/browser@4",
        "https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4.3.3",
    };

    private TailwindProfile(int number, string version, string headMarkup, string? scriptUrl)
    {
        Number = number;
        Version = version;
        HeadMarkup = headMarkup;
        ScriptUrl = scriptUrl;
    }

    public static IReadOnlyList<TailwindProfile> All { get; } = [V2, V3, V4];

    /// <summary>2, 3 or 4: what the flag, run.json and the <c>tailwind</c> column say.</summary>
    public int Number { get; }

    /// <summary>The exact package version whose CSS the renderer inlines.</summary>
    public string Version { get; }

    /// <summary>The element a page of this profile carries in its head: the stylesheet link or the CDN script.</summary>
    public string HeadMarkup { get; }

    /// <summary>The CDN script's address (profiles 3 and 4), or null for the stylesheet link of profile 2.</summary>
    public string? ScriptUrl { get; }

    /// <summary>True when the profile's CSS comes from a compiler worker rather than the static sheet.</summary>
    public bool Compiled => Number != 2;

    public string DisplayName => $"Tailwind {Version}";

    public static bool IsCdnScript(string url) => CdnScripts.Contains(url.Trim());

    public static TailwindProfile For(int number) =>
        All.FirstOrDefault(p => p.Number == number)
        ?? throw new Foundation.OptionsException(Flag, $"is {number}; choose 2, 3 or 4");

    public override string ToString() => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
