using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SkiaSharp;
using WebSight.Core.Evaluation;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Writing;

namespace WebSight.Bench;

/// <summary>
/// CPU time of this process since it started: the metrics run on one thread, so on a machine other work loads this
/// is the time a core spent on them, not the time they waited for one.
/// </summary>
internal sealed class CpuClock
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public static CpuClock Start() => new();

    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
}

/// <summary>
/// `websight eval` on template pages at the default settings (2,560-pixel-wide screenshots): a reference dataset is
/// rendered first, then every page is predicted back with an edit on every other one and evaluated end to end
/// (pairs/s, and the busy time of the render stage against the score stage), then the metrics alone on one core.
/// </summary>
internal sealed class EvalBenchmark(int pages, int workers)
{
    public async Task<string> RunAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "websight-eval-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var reference = Path.Combine(root, "reference");
            var options = new RunOptions
            {
                Count = pages,
                OutputDirectory = reference,
                Seed = 77,
            };
            var stats = new RunStats();
            var made = await new PipelineBuilder(options)
                .Build(new TemplateGenerator(new()), stats)
                .RunAsync(CancellationToken.None);
            if (made.Status != RunStatus.Completed)
                throw new InvalidOperationException(made.Message);
            var rows = new List<DatasetRow>();
            foreach (var shard in new RunDirectory(reference).Shards())
                rows.AddRange(await ParquetFiles.ReadRowsAsync(shard, CancellationToken.None));
            var predictions = Path.Combine(root, "predictions.jsonl");
            await File.WriteAllLinesAsync(
                predictions,
                rows.Select(
                    (row, i) =>
                        JsonSerializer.Serialize(
                            new Dictionary<string, string>
                            {
                                ["id"] = row.Id!,
                                ["text"] =
                                    i % 2 == 0 ? row.Text! : row.Text!.Replace("e", "o", StringComparison.Ordinal),
                            }
                        )
                )
            );

            var watch = Stopwatch.StartNew();
            var outcome = await new EvaluationRunner(
                new EvalOptions
                {
                    Reference = reference,
                    Predictions = predictions,
                    OutputDirectory = Path.Combine(root, "eval"),
                    Workers = workers,
                }
            ).RunAsync(CancellationToken.None);
            var wall = watch.Elapsed.TotalSeconds;
            var (metricsRate, width, parts) = await MetricsOnlyAsync(reference, rows.Select(r => r.Id!).ToHashSet());
            return Report(outcome, wall, metricsRate, width, parts);
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Each reference page scored against the next one (another page) and itself, on one core.</summary>
    private static async Task<(
        double PairsPerSecond,
        int Width,
        List<(string Part, double Milliseconds)> Parts
    )> MetricsOnlyAsync(string reference, HashSet<string> ids)
    {
        using var dataset = await ReferenceDataset.OpenAsync(reference, ids, null, CancellationToken.None);
        var list = new List<ReferencePage>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
            list.Add(await dataset.GetAsync(id, CancellationToken.None));
        using var visual = new SsimVisualSimilarity();
        var scorer = new PairScorer(visual);
        var width = (int)Math.Round(list[0].CssWidth * list[0].Settings.DeviceScaleFactor);
        void ScoreAll()
        {
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var other in new[] { list[i], list[(i + 1) % list.Count] })
                {
                    var scale = other.Settings.DeviceScaleFactor;
                    scorer.Score(
                        list[i],
                        new SampleSpec(i, other.Id, 0),
                        other.Image,
                        (int)Math.Round(other.CssWidth * scale),
                        (int)Math.Round(other.CssHeight * scale),
                        other.Layout
                    );
                }
            }
        }
        ScoreAll(); // warm up
        var cpu = CpuClock.Start();
        ScoreAll();
        var rate = list.Count * 2 / cpu.Elapsed.TotalSeconds;
        return (rate, width, Breakdown(list));
    }

    /// <summary>Milliseconds a pair in each part of the scoring, measured apart on one core.</summary>
    private static List<(string Part, double Milliseconds)> Breakdown(List<ReferencePage> list)
    {
        var pairs = list.Select((page, i) => (page, other: list[(i + 1) % list.Count])).ToList();
        double Time(Action<ReferencePage, ReferencePage> part)
        {
            var cpu = CpuClock.Start();
            foreach (var (page, other) in pairs)
                part(page, other);
            return cpu.Elapsed.TotalMilliseconds / pairs.Count;
        }
        IReadOnlyList<LayoutBlock> Blocks(ReferencePage p) => LayoutBlock.FromLayout(p.Layout, p.CssWidth, p.CssHeight);
        return
        [
            ("text blocks a page (median)", pairs.Select(p => Blocks(p.page).Count).Order().ElementAt(pairs.Count / 2)),
            ("block matching", Time((a, b) => BlockMatcher.Score(Blocks(a), Blocks(b)))),
            ("TreeBLEU", Time((a, b) => TreeBleu.Score(a.Layout.Elements, b.Layout.Elements))),
            (
                "decode both screenshots",
                Time(
                    (a, b) =>
                    {
                        using var x = Screenshot.Decode(a.Image, PairScorer.AlignedWidth);
                        using var y = Screenshot.Decode(b.Image, PairScorer.AlignedWidth);
                    }
                )
            ),
            (
                "align, luma, SSIM and MAE at 320 wide",
                DecodedMilliseconds(pairs, (x, y) => PairScorer.ImageScores(x, y))
            ),
            ("visual similarity (SSIM at 256 × 256)", DecodedMilliseconds(pairs, VisualSsim)),
            ("thumbnail JPEG", DecodedMilliseconds(pairs, (_, y) => y.Encode(SKEncodedImageFormat.Jpeg, 75).Dispose())),
        ];
    }

    private static void VisualSsim(SKBitmap x, SKBitmap y)
    {
        using var visual = new SsimVisualSimilarity();
        visual.Score(x, y);
    }

    /// <summary>CPU milliseconds a pair of <paramref name="part"/> on the two screenshots, decoded beforehand.</summary>
    private static double DecodedMilliseconds(
        List<(ReferencePage Page, ReferencePage Other)> pairs,
        Action<SKBitmap, SKBitmap> part
    )
    {
        var decoded = pairs
            .Select(p =>
                (
                    Screenshot.Decode(p.Page.Image, PairScorer.AlignedWidth),
                    Screenshot.Decode(p.Other.Image, PairScorer.AlignedWidth)
                )
            )
            .ToList();
        var cpu = CpuClock.Start();
        foreach (var (x, y) in decoded)
            part(x, y);
        var milliseconds = cpu.Elapsed.TotalMilliseconds / decoded.Count;
        foreach (var (x, y) in decoded)
        {
            x.Dispose();
            y.Dispose();
        }
        return milliseconds;
    }

    private string Report(
        EvalOutcome outcome,
        double wall,
        double metricsRate,
        int width,
        List<(string Part, double Milliseconds)> parts
    )
    {
        var stages = outcome.Stats.Stages;
        double Busy(string stage) => stages.TryGetValue(stage, out var s) ? s.BusySeconds : 0;
        var busy = stages.Values.Sum(s => s.BusySeconds);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# eval benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"{outcome.Rows.Count} pairs, {workers} browser(s), {Environment.ProcessorCount} cores, screenshots {width} px wide."
        );
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("|---|---:|");
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"| eval end to end | {outcome.Rows.Count / wall:F2} pairs/s ({wall:F1} s) |"
        );
        foreach (var stage in new[] { "validate", "render", "score", "write" })
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| busy time in {stage} | {Busy(stage) / Math.Max(busy, 1e-9):P1} ({(stages.TryGetValue(stage, out var s) ? s.MillisecondsPerItem : 0):F1} ms a pair) |"
            );
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"| metrics alone, per CPU-second of one core | {metricsRate:F1} pairs/s |"
        );
        foreach (var (part, milliseconds) in parts)
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {part}{(part.StartsWith("text blocks", StringComparison.Ordinal) ? "" : " (CPU ms a pair)")} | {milliseconds:F1} |"
            );
        return text.ToString();
    }
}
