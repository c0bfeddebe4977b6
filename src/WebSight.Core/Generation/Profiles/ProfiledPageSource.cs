using WebSight.Core.Foundation;
using WebSight.Core.Setup;

namespace WebSight.Core.Generation.Profiles;

/// <summary>
/// A generator's pages for a Tailwind profile: the 2.2.19 link the page wrapper writes becomes the profile's CDN
/// element (the Play CDN script for 3, the browser build for 4), so a row is a page anyone can open, and for
/// template pages the class lists are rewritten into the profile's idiom (<see cref="TailwindIdioms"/>). An LLM
/// writes for the profile its prompt names, so only its head is swapped.
/// </summary>
internal sealed class ProfiledPageSource(IPageSource inner, TailwindProfile profile, bool rewriteClasses)
    : IPageSource,
        IDisposable
{
    public string Name => inner.Name;

    public int Concurrency => inner.Concurrency;

    public long? FixedSampleCount => inner.FixedSampleCount;

    public string? Fingerprint => inner.Fingerprint;

    public async ValueTask<StepResult<GeneratedPage>> GenerateAsync(
        SampleSpec spec,
        CancellationToken cancellationToken
    )
    {
        var result = await inner.GenerateAsync(spec, cancellationToken);
        if (result.Value is not { } page)
            return result;
        var html = WithHead(page.Html, profile);
        if (rewriteClasses)
            html = TailwindIdioms.Apply(html, profile);
        return StepResult<GeneratedPage>.Pass(page with { Html = html });
    }

    /// <summary>The page with the wrapper's 2.2.19 link replaced by <paramref name="profile"/>'s head element.</summary>
    public static string WithHead(string html, TailwindProfile profile)
    {
        var at = html.IndexOf(PageWrapper.TailwindLink, StringComparison.Ordinal);
        return profile.Compiled && at >= 0
            ? string.Concat(html.AsSpan(0, at), profile.HeadMarkup, html.AsSpan(at + PageWrapper.TailwindLink.Length))
            : html;
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
