using WebSight.Core.Foundation;

namespace WebSight.Core.Styling;

/// <summary>
/// How a page is styled (<c>--styling</c>): Tailwind utility classes (WebSight v0.2), or plain CSS in one
/// <c>&lt;style&gt;</c> block with semantic class names (WebSight v0.1).
/// </summary>
internal enum PageStyling
{
    Tailwind,
    Css,
}

internal static class PageStylings
{
    public const string Flag = "--styling";
    public const string DefaultName = "tailwind";

    /// <summary>The name the flag, run.json, the card and the <c>styling</c> column use.</summary>
    public static string Name(this PageStyling styling) => styling == PageStyling.Css ? "css" : DefaultName;

    public static PageStyling Parse(string? name) =>
        name?.Trim().ToLowerInvariant() switch
        {
            null or "" or DefaultName => PageStyling.Tailwind,
            "css" => PageStyling.Css,
            _ => throw new OptionsException(Flag, $"is '{name}'; choose tailwind or css"),
        };
}
