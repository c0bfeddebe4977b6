using WebSight.Core.Foundation;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// Keeps a page under a code-token budget by leaving out optional sections, last first, never by cutting markup.
/// Pages whose length in characters cannot reach the budget are not counted at all; an over-long page is counted
/// once, its optional sections once each, and the page again only after enough of them are left out.
/// </summary>
internal static class PageBudget
{
    /// <summary>Our pages measure 2.5 to 4 characters per o200k token (median 3.4); a page shorter than this many characters per budgeted token cannot be over.</summary>
    private const double SafeCharactersPerToken = 2.4;

    /// <summary>Puts the shorter form of the last section that has one in its place; false when none has.</summary>
    private static bool Shrink(List<Section> kept)
    {
        var last = kept.FindLastIndex(s => s.Smaller is not null);
        if (last < 0)
            return false;
        kept[last] = kept[last].Smaller!;
        return true;
    }

    public static (List<Section> Sections, string Html) Fit(
        IReadOnlyList<Section> sections,
        int maxTokens,
        Func<List<Section>, string> wrap
    )
    {
        var kept = sections.ToList();
        while (true)
        {
            var html = wrap(kept);
            if (html.Length < maxTokens * SafeCharactersPerToken)
                return (kept, html);
            var over = CodeTokens.Count(html) - maxTokens;
            if (over <= 0)
                return (kept, html);
            // A section counted alone comes within a token or two of what it adds to the page, so sections are
            // dropped until their counts cover the excess; the loop counts the page again to make sure.
            var dropped = false;
            for (var last = kept.FindLastIndex(s => s.Optional); last >= 0 && over > 0; )
            {
                over -= CodeTokens.Count(kept[last].Html);
                kept.RemoveAt(last);
                dropped = true;
                last = kept.FindLastIndex(s => s.Optional);
            }
            if (!dropped && !Shrink(kept))
                return (kept, html);
        }
    }
}
