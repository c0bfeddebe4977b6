using WebSight.Core.Foundation;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// Keeps a page under a code-token budget by leaving out optional sections, last first, never by cutting markup.
/// Counting tokens costs more than composing, so pages whose length in characters cannot reach the budget skip it.
/// </summary>
internal static class PageBudget
{
    /// <summary>Our pages measure 2.5 to 4 characters per o200k token (median 3.4); a page shorter than this many characters per budgeted token cannot be over.</summary>
    private const double SafeCharactersPerToken = 2.4;

    public static List<Section> Fit(IReadOnlyList<Section> sections, int maxTokens, Func<List<Section>, string> wrap)
    {
        var kept = sections.ToList();
        while (true)
        {
            var html = wrap(kept);
            if (html.Length < maxTokens * SafeCharactersPerToken || CodeTokens.Count(html) <= maxTokens)
                return kept;
            var last = kept.FindLastIndex(section => section.Optional);
            if (last < 0)
                return kept;
            kept.RemoveAt(last);
        }
    }
}
