using System.Globalization;
using System.Text;
using SkiaSharp;

namespace WebSight.Core.Evaluation;

/// <summary>
/// report.md: the metrics table, the failures and file problems, and the worst pairs by overall score, each with
/// the reference and the prediction side by side as a JPEG in <c>report/</c>.
/// </summary>
internal static class EvalReport
{
    public const int WorstPairs = 10;

    private const int ImageWidth = 320;

    public static async Task WriteAsync(
        ScoreStore store,
        IReadOnlyList<ScoreRow> rows,
        IReadOnlyList<MetricSummary> metrics,
        IReadOnlyList<PredictionProblem> problems,
        IReferencePages references,
        string visual,
        CancellationToken cancellationToken
    )
    {
        var text = new StringBuilder();
        text.AppendLine("# Evaluation report").AppendLine();
        text.AppendLine(
            Invariant(
                $"{rows.Count} pairs: {rows.Count(r => r.Failure is null)} scored, {rows.Count(r => r.Failure is not null)} failed; {problems.Count} prediction lines not scored. Visual similarity: `{visual}`."
            )
        );
        text.AppendLine().AppendLine("| metric | mean | 95 % interval |").AppendLine("|---|---:|---:|");
        foreach (var metric in metrics)
            text.AppendLine(Invariant($"| {metric.Name} | {metric.Mean:F4} | {metric.Low:F4} – {metric.High:F4} |"));
        AppendFailures(text, rows, problems);
        if (Directory.Exists(store.ReportImages))
            Directory.Delete(store.ReportImages, recursive: true);
        Directory.CreateDirectory(store.ReportImages);
        text.AppendLine().AppendLine($"## The {WorstPairs} lowest overall scores").AppendLine();
        text.AppendLine("Reference on the left, prediction on the right.").AppendLine();
        var rank = 0;
        foreach (var row in rows.OrderBy(r => r.Overall).ThenBy(r => r.Id, StringComparer.Ordinal).Take(WorstPairs))
        {
            rank++;
            text.AppendLine(
                Invariant(
                    $"### {rank}. `{row.Id}`: overall {row.Overall:F3} (block {row.BlockMatch:F3}, text {row.Text:F3}, position {row.Position:F3}, colour {row.Color:F3}, visual {row.Visual:F3}, TreeBLEU {row.TreeBleu:F3})"
                )
            );
            if (row.Failure is not null)
                text.AppendLine().AppendLine($"Failed: `{row.Failure}`: {row.FailureDetail}");
            var file = $"pair-{rank:D2}.jpg";
            var reference = await references.GetAsync(row.Id!, cancellationToken);
            await File.WriteAllBytesAsync(
                Path.Combine(store.ReportImages, file),
                SideBySide(store, row, reference.Image),
                cancellationToken
            );
            text.AppendLine().AppendLine($"![{row.Id}](report/{file})");
            text.AppendLine();
        }
        await Foundation.AtomicFile.WriteTextAsync(store.Report, text.ToString(), cancellationToken);
    }

    private static void AppendFailures(
        StringBuilder text,
        IReadOnlyList<ScoreRow> rows,
        IReadOnlyList<PredictionProblem> problems
    )
    {
        var failed = rows.Where(r => r.Failure is not null).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (failed.Count > 0)
        {
            text.AppendLine().AppendLine("## Failed predictions (scored 0)").AppendLine();
            foreach (var row in failed)
                text.AppendLine($"- `{row.Id}`: `{row.Failure}`: {row.FailureDetail}");
        }
        if (problems.Count > 0)
        {
            text.AppendLine().AppendLine("## Prediction lines not scored").AppendLine();
            foreach (var problem in problems)
                text.AppendLine(
                    $"- line {problem.Line}{(problem.Id is null ? "" : $" (`{problem.Id}`)")}: `{problem.Code}`: {problem.Detail}"
                );
        }
    }

    private static byte[] SideBySide(ScoreStore store, ScoreRow row, byte[] reference)
    {
        using var left = Screenshot.Decode(reference, ImageWidth);
        var thumbnail = store.Thumbnail(row.Id!);
        using var right = File.Exists(thumbnail)
            ? Screenshot.Decode(File.ReadAllBytes(thumbnail), ImageWidth)
            : Blank(left.Height);
        return Screenshot.SideBySide(left, right, ImageWidth);
    }

    /// <summary>What stands for a prediction that has no screenshot (it failed): an empty light grey panel.</summary>
    private static SKBitmap Blank(int height)
    {
        var bitmap = new SKBitmap(ImageWidth, Math.Max(1, height));
        bitmap.Erase(new SKColor(0xE5, 0xE7, 0xEB));
        return bitmap;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
