using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parquet.Serialization;
using SkiaSharp;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Bench;

/// <summary>
/// Our pipeline, the WebSight v0.2 method and Chromium's own capture limit, on one corpus in one run, at the
/// WebSight output settings (1280 wide, scale 2, full page, JPEG 65). Prints a Markdown report.
/// </summary>
internal sealed class EndToEndBenchmark(
    int pages,
    int workers,
    long seed,
    bool includeBaseline,
    bool includeLimit,
    int memoryCheckpoint
)
{
    private const int ComparedImages = 10;

    public async Task<string> RunAsync()
    {
        var tailwind = TailwindStylesheet.Load();
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var executable = BrowserLocator.Locate(null);
        var resources = new OfflineResources(rules, tailwind.Bytes, serveFullStylesheet: false);
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
        var corpus = Enumerable.Range(0, pages).Select(i => generator.Generate(SampleSpec.For(seed, i)).Html).ToList();
        var output = Path.Combine(Path.GetTempPath(), "websight-bench", Guid.NewGuid().ToString("N"));
        var report = new StringBuilder();
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"# End-to-end rendering benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)"
        );
        report.AppendLine();
        report.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{pages} template pages (seed {seed}), {workers} browser(s), {Environment.ProcessorCount} cores, browser `{executable}`; 1280 wide, device scale 2, full page, JPEG 65."
            )
        );
        report.AppendLine();

        try
        {
            var (ours, stats, checkpoint) = await RunOursAsync(output, generator, rules, resources, executable);
            Measurement? baseline = null;
            IReadOnlyDictionary<int, byte[]> baselineImages = new Dictionary<int, byte[]>();
            if (includeBaseline)
            {
                await using var sampler = new ResourceSampler();
                var watch = Stopwatch.StartNew();
                baselineImages = await WebSightBaseline.RunAsync(
                    corpus,
                    workers,
                    executable,
                    resources,
                    tailwind.Bytes,
                    ComparedImages
                );
                baseline = new Measurement(
                    "WebSight v0.2 method (baseline)",
                    pages,
                    watch.Elapsed,
                    sampler.CpuUtilisation(),
                    sampler.PeakRssBytes
                );
            }
            var limit = includeLimit
                ? await ChromiumLimit.PagesPerSecondAsync(corpus, workers, executable, resources, 8000)
                : double.NaN;

            report.AppendLine("| contender | pages/s | ours ÷ it | CPU busy | peak RSS (tool + browsers) |");
            report.AppendLine("|---|---:|---:|---:|---:|");
            Row(report, ours, ours.PagesPerSecond);
            if (baseline is not null)
                Row(report, baseline, ours.PagesPerSecond);
            if (includeLimit)
                report.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"| Chromium limit (CDP capture of loaded pages only) | {limit:F2} | {ours.PagesPerSecond / limit:P0} | | |"
                );
            report.AppendLine();
            var verdicts = new List<string>();
            if (baseline is not null)
                verdicts.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Ours vs baseline: {ours.PagesPerSecond / baseline.PagesPerSecond:F1}×."
                    )
                );
            if (includeLimit)
                verdicts.Add(
                    string.Create(CultureInfo.InvariantCulture, $"Ours vs limit: {ours.PagesPerSecond / limit:P0}.")
                );
            if (verdicts.Count > 0)
                report.AppendLine("**" + string.Join(" ", verdicts) + "**");
            report.AppendLine();
            if (checkpoint is { } at)
            {
                var growth = (ours.PeakRssBytes - at.PeakRssBytes) / (double)at.PeakRssBytes;
                var laterRate = (pages - at.Pages) / (ours.Wall - at.Elapsed).TotalSeconds;
                report.AppendLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Scaling: the first {at.Pages} pages ran at {at.Pages / at.Elapsed.TotalSeconds:F2} pages/s, the remaining {pages - at.Pages} at {laterRate:F2} pages/s. Peak resident memory (tool + browsers, summed RSS): {at.PeakRssBytes / 1048576.0:F0} MB after {at.Pages} pages, {ours.PeakRssBytes / 1048576.0:F0} MB after {pages} (growth {growth:P1})."
                    )
                );
                report.AppendLine();
            }
            StageSplit(report, stats);
            if (baseline is not null)
                await CompareImagesAsync(report, output, baselineImages);
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
        return report.ToString();
    }

    private async Task<(Measurement, StatsSnapshot, Checkpoint?)> RunOursAsync(
        string output,
        TemplateGenerator generator,
        TailwindRules rules,
        OfflineResources resources,
        string executable
    )
    {
        var options = new GenerateOptions
        {
            Count = pages,
            OutputDirectory = output,
            Seed = seed,
            Render = new RenderOptions { Workers = workers },
        };
        var stats = new RunStats();
        var runner = new PipelineRunner(
            options,
            generator,
            new HtmlValidator(options.Validation, rules),
            runStats =>
                RenderPool.StartAsync(
                    options.Render,
                    resources,
                    executable,
                    runStats,
                    new WebSight.Core.Quality.QualityChecker(options.Quality)
                ),
            stats
        );
        await using var sampler = new ResourceSampler();
        var watch = Stopwatch.StartNew();
        var run = runner.RunAsync(CancellationToken.None);
        Checkpoint? checkpoint = null;
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(250));
            if (checkpoint is null && memoryCheckpoint > 0 && stats.Accepted >= memoryCheckpoint)
                checkpoint = new Checkpoint((int)stats.Accepted, watch.Elapsed, sampler.PeakRssBytes);
        }
        var outcome = await run;
        if (outcome.Status != RunStatus.Completed)
            throw new InvalidOperationException(outcome.Message);
        return (
            new Measurement("websight (ours)", pages, watch.Elapsed, sampler.CpuUtilisation(), sampler.PeakRssBytes),
            outcome.Stats,
            checkpoint
        );
    }

    private sealed record Checkpoint(int Pages, TimeSpan Elapsed, long PeakRssBytes);

    private static void Row(StringBuilder report, Measurement m, double ours) =>
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"| {m.Name} | {m.PagesPerSecond:F2} | {ours / m.PagesPerSecond:F1}× | {m.CpuUtilisation:P0} | {m.PeakRssBytes / 1048576.0:F0} MB |"
        );

    private static void StageSplit(StringBuilder report, StatsSnapshot stats)
    {
        report.AppendLine("Where our time goes (busy time per page, summed over workers):");
        report.AppendLine();
        report.AppendLine("| stage | ms per page | share |");
        report.AppendLine("|---|---:|---:|");
        var stages = new[] { "generate", "validate", "load", "capture", "quality", "write" };
        var perPage = stages.ToDictionary(
            s => s,
            s => stats.Stages.TryGetValue(s, out var stage) ? stage.BusySeconds * 1000 / Math.Max(1, stats.Accepted) : 0
        );
        var total = perPage.Values.Sum();
        foreach (var stage in stages)
        {
            var label = stage == "capture" ? "capture (raster + JPEG encode in Chromium + transfer)" : stage;
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {label} | {perPage[stage]:F1} | {perPage[stage] / total:P0} |"
            );
        }
        report.AppendLine();
    }

    private static async Task CompareImagesAsync(
        StringBuilder report,
        string output,
        IReadOnlyDictionary<int, byte[]> baselineImages
    )
    {
        var rows = new List<DatasetRow>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(output, "data"), "*.parquet"))
        {
            await using var stream = File.OpenRead(file);
            rows.AddRange(
                (await ParquetSerializer.DeserializeAsync<DatasetRow>(stream)).Data.Where(r =>
                    baselineImages.ContainsKey((int)r.Index)
                )
            );
        }
        var differences = new List<double>();
        var sameSize = 0;
        foreach (var row in rows)
        {
            using var ours = SKBitmap.Decode(row.Image!.Bytes);
            using var theirs = SKBitmap.Decode(baselineImages[(int)row.Index]);
            if (ours.Width != theirs.Width || ours.Height != theirs.Height)
                continue;
            sameSize++;
            differences.Add(MeanAbsoluteDifference(ours, theirs));
        }
        var mean = differences.Count > 0 ? differences.Average() : double.NaN;
        var worst = differences.Count > 0 ? differences.Max() : double.NaN;
        report.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Output check: {sameSize} of {rows.Count} compared images have the same size as the baseline's; mean absolute per-channel difference {mean:F2} of 255 (worst image {worst:F2}); both are JPEG 65 of the same render from different encoders."
            )
        );
    }

    private static double MeanAbsoluteDifference(SKBitmap a, SKBitmap b)
    {
        double sum = 0;
        long samples = 0;
        for (var y = 0; y < a.Height; y += 2)
        {
            for (var x = 0; x < a.Width; x += 2)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
                samples += 3;
            }
        }
        return sum / samples;
    }
}
