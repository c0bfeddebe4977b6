using System.Globalization;

namespace WebSight.Core.Diversity;

/// <summary>A report as (figure, value) lines, the same for the terminal table and the dataset card.</summary>
internal static class DiversitySummary
{
    private const int ListedShares = 5;

    public static List<(string Figure, string Value)> Rows(DiversityReport report)
    {
        var s = report.Sentences;
        var c = report.Classes;
        var rows = new List<(string, string)>
        {
            ("pages", N(report.Pages)),
            ("archetypes", report.Archetypes is { } archetypes ? Shares(archetypes) : "not recorded"),
            ("topics", $"{N(report.Topics.Count)} distinct; {Shares(report.Topics)}"),
            (
                "section skeletons",
                $"{N(report.Skeletons.DistinctSections)} distinct of {N(report.Skeletons.Sections)} sections"
            ),
            ("page (DOM) skeletons", $"{N(report.Skeletons.DistinctPages)} distinct"),
            (
                "Tailwind classes",
                $"{N(c.Distinct)} distinct; {N(c.Defined)} of the stylesheet's {N(c.StylesheetClasses)} ({P(c.StylesheetCoverage)})"
            ),
            ($"sentences of {s.MinWords}+ words", $"{N(s.Distinct)} distinct of {N(s.Total)} ({P(s.DistinctShare)})"),
        };
        foreach (var profile in report.UnknownClassesByProfile ?? [])
            rows.Add(
                (
                    $"unknown classes under Tailwind {profile.Tailwind} ({profile.Version})",
                    $"{P(profile.MeanUnknownShare)} of a row's classes (mean); rows with any: {P(profile.RowsWithUnknown)}"
                )
            );
        if (s.Against is { } against)
            rows.Add(
                ("sentences also in --against", $"{N(against.Found)} ({P(against.FoundShare)}) of {against.Dataset}")
            );
        rows.Add(("body class strings", $"{N(report.Colours.DistinctBodyClasses)} distinct"));
        rows.Add(("body backgrounds", Shares(report.Colours.BodyBackgrounds)));
        rows.Add(("accent colours", Shares(report.Colours.Accents)));
        rows.Add(("page height px (min/p10/median/p90/max)", report.PageHeight?.ToString() ?? "not recorded"));
        rows.Add(("code tokens (min/p10/median/p90/max)", report.CodeTokens?.ToString() ?? "-"));
        rows.Add(("images per page (mean)", report.Images.MeanPerPage.ToString("F1", CultureInfo.InvariantCulture)));
        rows.Add(("pages showing one image twice or more", P(report.Images.PagesRepeatingAnImage)));
        if (report.Images.DistinctSources is { } sources)
            rows.Add(("distinct image source files", N(sources)));
        rows.Add(("languages", Shares(report.Languages)));
        return rows;
    }

    private static string Shares(IReadOnlyList<Share> shares)
    {
        var listed = string.Join(", ", shares.Take(ListedShares).Select(s => $"{s.Value} {P(s.Fraction)}"));
        return shares.Count > ListedShares ? $"{listed}, … ({N(shares.Count - ListedShares)} more)" : listed;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double fraction) => fraction.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "");
}
