using WebSight.Core.Setup;

namespace WebSight.Core.Generation.Profiles;

/// <summary>
/// A generator's pages for a Tailwind profile: the 2.2.19 link the page wrapper writes becomes the profile's CDN
/// element (the Play CDN script for 3, the browser build for 4), so a row is a page anyone can open, and for
/// template pages the class lists are rewritten into the profile's idiom (<see cref="TailwindIdioms"/>). An LLM
/// writes for the profile its prompt names, so only its head is swapped.
/// </summary>
internal static class ProfiledPages
{
    public static IPageSource For(IPageSource inner, TailwindProfile profile, bool rewriteClasses) =>
        new MappedPageSource(inner, page => page with { Html = Apply(page.Html, profile, rewriteClasses) });

    /// <summary>A 2.2.19 page in <paramref name="profile"/>'s form: its head element, and its idiom when asked.</summary>
    public static string Apply(string html, TailwindProfile profile, bool rewriteClasses)
    {
        var headed = WithHead(html, profile);
        return rewriteClasses ? TailwindIdioms.Apply(headed, profile) : headed;
    }

    /// <summary>The page with the wrapper's 2.2.19 link replaced by <paramref name="profile"/>'s head element.</summary>
    public static string WithHead(string html, TailwindProfile profile)
    {
        var at = html.IndexOf(PageWrapper.TailwindLink, StringComparison.Ordinal);
        return profile.Compiled && at >= 0
            ? string.Concat(html.AsSpan(0, at), profile.HeadMarkup, html.AsSpan(at + PageWrapper.TailwindLink.Length))
            : html;
    }
}
