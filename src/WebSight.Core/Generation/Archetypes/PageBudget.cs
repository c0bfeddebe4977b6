using WebSight.Core.Foundation;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// Keeps a page (as the run writes it: Tailwind, or the plain CSS made from it) under a code-token budget by leaving
/// out optional sections, last first, never by cutting markup.
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

    /// <param name="wrap">The Tailwind page of a list of sections.</param>
    /// <param name="written">
    /// The page as the run writes it (plain CSS), when that is not the Tailwind page: the budget holds for it, and
    /// it is what comes back.
    /// </param>
    public static (List<Section> Sections, string Html, bool Fits) Fit(
        IReadOnlyList<Section> sections,
        int maxTokens,
        Func<List<Section>, string> wrap,
        Func<List<Section>, string, string>? written = null
    )
    {
        var kept = sections.ToList();
        while (true)
        {
            var tailwind = wrap(kept);
            var html = written is null ? tailwind : written(kept, tailwind);
            if (html.Length < maxTokens * SafeCharactersPerToken)
                return (kept, html, true);
            var tokens = CodeTokens.Count(html);
            var over = tokens - maxTokens;
            if (over <= 0)
                return (kept, html, true);
            // A section counted alone comes within a token or two of what it adds to the Tailwind page; the written
            // form is longer by about the page's ratio, so the excess is scaled back to Tailwind tokens.
            if (written is not null)
                over = (int)Math.Ceiling(over * (double)CodeTokens.Count(tailwind) / tokens);
            // Sections are dropped until their counts cover the excess; the loop counts the page again to make sure.
            var dropped = false;
            for (var last = kept.FindLastIndex(s => s.Optional); last >= 0 && over > 0; )
            {
                over -= CodeTokens.Count(kept[last].Html);
                kept.RemoveAt(last);
                dropped = true;
                last = kept.FindLastIndex(s => s.Optional);
            }
            if (!dropped && !Shrink(kept))
                return (kept, html, false);
        }
    }
}
