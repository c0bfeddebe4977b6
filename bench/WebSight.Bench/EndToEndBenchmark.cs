using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parquet.Serialization;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Profiles;
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
    int checkpointEvery,
    int tailwindProfile = TailwindProfile.DefaultNumber
)
{
    private const int ComparedImages = 20;

    public async Task<string> RunAsync()
    {
        var tailwind = TailwindStylesheet.Load();
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var executable = BrowserLocator.Locate(null);
        var resources = new OfflineResources(rules, tailwind.Bytes, serveFullStylesheet: false);
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
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
                $"{pages} template pages (seed {seed}), Tailwind profile {tailwindProfile}, {workers} browser(s), {Environment.ProcessorCount} cores, browser `{executable}`; 1280 wide, device scale 2, full page, JPEG 65."
            )
        );
        report.AppendLine();

        try
        {
            var (ours, stats, cpu, checkpoints) = await RunOursAsync(output, generator, tailwind, rules, executable);
            // Built only now, and only for the contenders that take it: held during our run, it would count in our
            // memory and grow with --pages.
            var corpus =
                includeBaseline || includeLimit
                    ? Enumerable.Range(0, pages).Select(i => generator.Generate(SampleSpec.For(seed, i)).Html).ToList()
                    : [];
            var baseline = includeBaseline
                ? await RunBaselineAsync(corpus, executable, resources, tailwind.Bytes)
                : default;
            var limit = includeLimit
                ? await ChromiumLimit.PagesPerSecondAsync(corpus, workers, executable, resources, 8000)
                : double.NaN;

            Contenders(report, ours, baseline.Measurement, limit);
            if (checkpoints.Count > 0)
                EndToEndReport.Scaling(report, checkpoints, ours);
            EndToEndReport.StageSplit(report, stats);
            EndToEndReport.CpuSplit(report, cpu, ours.Pages);
            if (baseline.Output is not null)
                await EndToEndReport.CompareImagesAsync(report, output, baseline.Output);
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
        return report.ToString();
    }

    private async Task<(
        Measurement,
        StatsSnapshot,
        IReadOnlyDictionary<string, double>,
        IReadOnlyList<Checkpoint>
    )> RunOursAsync(
        string output,
        TemplateGenerator generator,
        TailwindStylesheet tailwind,
        TailwindRules rules,
        string executable
    )
    {
        var options = new RunOptions
        {
            Count = pages,
            OutputDirectory = output,
            Seed = seed,
            Render = new RenderOptions { Workers = workers },
            Tailwind = TailwindProfile.For(tailwindProfile),
        };
        var stats = new RunStats();
        // The same template pages in every profile, in the profile's head and idiom (as `generate --tailwind` makes them).
        IPageSource source = options.Tailwind.Compiled
            ? ProfiledPages.For(generator, options.Tailwind, rewriteClasses: true)
            : generator;
        var runner = new PipelineBuilder(options, (tailwind, rules), executable).Build(source, stats);
        await using var sampler = new ResourceSampler();
        var watch = Stopwatch.StartNew();
        var run = runner.RunAsync(CancellationToken.None);
        var checkpoints = new List<Checkpoint>();
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(250));
            var next = (checkpoints.Count + 1) * checkpointEvery;
            if (checkpointEvery > 0 && next < pages && stats.Accepted >= next)
            {
                var at = new Checkpoint(
                    (int)stats.Accepted,
                    watch.Elapsed,
                    ResourceSampler.TreeRssBytes(Environment.ProcessId),
                    sampler.PeakRssBytes
                );
                checkpoints.Add(at);
                // Long runs report as they go, so a stopped run still shows its trend.
                Console.Error.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{at.Pages} pages in {at.Elapsed.TotalSeconds:F0} s ({at.Pages / at.Elapsed.TotalSeconds:F2} pages/s), RSS now {at.RssBytes / 1048576.0:F0} MB, peak {at.PeakRssBytes / 1048576.0:F0} MB"
                    )
                );
            }
        }
        var outcome = await run;
        if (outcome.Status != RunStatus.Completed)
            throw new InvalidOperationException(outcome.Message);
        var wall = watch.Elapsed;
        var cpu = sampler.CpuSecondsByKind();
        return (
            new Measurement("websight (ours)", pages, wall, sampler.CpuUtilisation(), sampler.PeakRssBytes),
            outcome.Stats,
            cpu,
            checkpoints
        );
    }

    private async Task<(Measurement? Measurement, BaselineOutput? Output)> RunBaselineAsync(
        List<string> corpus,
        string executable,
        OfflineResources resources,
        byte[] stylesheet
    )
    {
        await using var sampler = new ResourceSampler();
        var watch = Stopwatch.StartNew();
        var output = await WebSightBaseline.RunAsync(
            corpus,
            workers,
            executable,
            resources,
            stylesheet,
            ComparedImages
        );
        return (
            new Measurement(
                "WebSight v0.2 method (baseline)",
                pages,
                watch.Elapsed,
                sampler.CpuUtilisation(),
                sampler.PeakRssBytes
            ),
            output
        );
    }

    /// <summary>The headline table: ours, the baseline and the limit, with ours as a ratio of each.</summary>
    private static void Contenders(StringBuilder report, Measurement ours, Measurement? baseline, double limit)
    {
        report.AppendLine("| contender | pages/s | ours ÷ it | CPU busy | peak RSS (tool + browsers) |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        EndToEndReport.Row(report, ours, ours.PagesPerSecond);
        if (baseline is not null)
            EndToEndReport.Row(report, baseline, ours.PagesPerSecond);
        if (!double.IsNaN(limit))
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
        if (!double.IsNaN(limit))
            verdicts.Add(
                string.Create(CultureInfo.InvariantCulture, $"Ours vs limit: {ours.PagesPerSecond / limit:P0}.")
            );
        if (verdicts.Count > 0)
            report.AppendLine("**" + string.Join(" ", verdicts) + "**");
        report.AppendLine();
    }
}
