using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebSight.Core.Evaluation;

/// <summary>One metric over all pairs: its mean and a 95 % percentile bootstrap interval of the mean.</summary>
internal sealed record MetricSummary(string Name, double Mean, double Low, double High);

/// <summary>
/// summary.json: how many predictions were scored, failed (by reason) or not scored (problems of the file, by code),
/// and every metric's mean with its 95 % bootstrap interval (<see cref="Resamples"/> resamples of the pairs, seeded,
/// so a rerun gives the same interval).
/// </summary>
internal static class EvalSummary
{
    public const int Resamples = 1000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<MetricSummary> Metrics(IReadOnlyList<ScoreRow> rows, int seed)
    {
        var result = new List<MetricSummary>();
        foreach (var (name, value) in ScoreRow.Metrics)
        {
            var values = rows.Select(value).ToArray();
            var (low, high) = Bootstrap(values, seed);
            result.Add(new MetricSummary(name, values.Length == 0 ? 0 : values.Average(), low, high));
        }
        return result;
    }

    /// <summary>The 2.5th and 97.5th percentiles of the means of <see cref="Resamples"/> resamples with replacement.</summary>
    public static (double Low, double High) Bootstrap(double[] values, int seed)
    {
        if (values.Length == 0)
            return (0, 0);
        var random = new Random(seed);
        var means = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < values.Length; i++)
                sum += values[random.Next(values.Length)];
            means[r] = sum / values.Length;
        }
        Array.Sort(means);
        return (means[(int)(0.025 * (Resamples - 1))], means[(int)Math.Ceiling(0.975 * (Resamples - 1))]);
    }

    public static string ToJson(
        IReadOnlyList<ScoreRow> rows,
        IReadOnlyList<MetricSummary> metrics,
        IReadOnlyList<PredictionProblem> problems,
        int referenceRows,
        string visual
    )
    {
        var failures = new JsonObject();
        foreach (var group in rows.Where(r => r.Failure is not null).GroupBy(r => r.Failure!).OrderBy(g => g.Key))
            failures[group.Key] = group.Count();
        var notScored = new JsonObject();
        foreach (var group in problems.GroupBy(p => p.Code).OrderBy(g => g.Key))
            notScored[group.Key] = group.Count();
        var metricJson = new JsonObject();
        foreach (var metric in metrics)
            metricJson[metric.Name] = new JsonObject
            {
                ["mean"] = Math.Round(metric.Mean, 6),
                ["ci95_low"] = Math.Round(metric.Low, 6),
                ["ci95_high"] = Math.Round(metric.High, 6),
            };
        var summary = new JsonObject
        {
            ["pairs"] = rows.Count,
            ["scored"] = rows.Count(r => r.Failure is null),
            ["failed"] = rows.Count(r => r.Failure is not null),
            ["failed_by_reason"] = failures,
            ["reference_rows"] = referenceRows,
            ["reference_rows_without_prediction"] = referenceRows - rows.Count,
            ["not_scored"] = problems.Count,
            ["not_scored_by_reason"] = notScored,
            ["visual_similarity"] = visual,
            ["bootstrap_resamples"] = Resamples,
            ["metrics"] = metricJson,
            ["problems"] = new JsonArray(
                problems
                    .Select(p =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["line"] = p.Line,
                                ["id"] = p.Id,
                                ["code"] = p.Code,
                                ["detail"] = p.Detail,
                            }
                    )
                    .ToArray()
            ),
        };
        return summary.ToJsonString(Indented);
    }
}
