using System.Globalization;
using System.Text;
using WebSight.Core.Foundation;

namespace WebSight.Core.Diversity;

/// <summary>
/// The "## Diversity" section of the dataset card: the summary as a table, replaced on every rerun of `stats`, the
/// rest of the card left as it is.
/// </summary>
internal static class DiversityCard
{
    public const string Heading = "## Diversity";

    public static string Render(DiversityReport report)
    {
        var body = new StringBuilder();
        body.AppendLine(Heading);
        body.AppendLine();
        body.AppendLine(
            CultureInfo.InvariantCulture,
            $"Measured by `websight stats` over the {report.Pages:N0} pages of `{report.Source}`; the figures are in `{DiversityReport.FileName}`."
        );
        body.AppendLine();
        body.AppendLine("| figure | value |");
        body.AppendLine("|---|---|");
        foreach (var (figure, value) in DiversitySummary.Rows(report))
            body.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(figure)} | {Cell(value)} |");
        return body.ToString();
    }

    /// <summary>Puts the section into the card at <paramref name="cardPath"/> (made if missing), replacing an older one.</summary>
    public static async Task UpdateAsync(string cardPath, DiversityReport report, CancellationToken cancellationToken)
    {
        var card = File.Exists(cardPath) ? await File.ReadAllTextAsync(cardPath, cancellationToken) : "";
        await AtomicFile.WriteTextAsync(cardPath, WithSection(card, Render(report)), cancellationToken);
    }

    public static string WithSection(string card, string section)
    {
        var start = FindHeading(card);
        if (start < 0)
            return card.Length == 0 ? section : card.TrimEnd() + "\n\n" + section;
        var next = card.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var rest = next < 0 ? "" : "\n" + card[(next + 1)..];
        return card[..start] + section + rest;
    }

    /// <summary>Where the section's heading line starts, or -1.</summary>
    private static int FindHeading(string card)
    {
        var at = card.IndexOf(Heading, StringComparison.Ordinal);
        while (at >= 0 && !IsLine(card, at))
            at = card.IndexOf(Heading, at + 1, StringComparison.Ordinal);
        return at;
    }

    private static bool IsLine(string card, int at)
    {
        var end = at + Heading.Length;
        return (at == 0 || card[at - 1] == '\n') && (end == card.Length || card[end] is '\n' or '\r');
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
