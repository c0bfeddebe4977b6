using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parquet;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;

namespace WebSight.Bench;

/// <summary>
/// What layout snapshots and extra viewports cost: the same template pages rendered with layout off, on, and on at
/// three viewports, one configuration after the other in one process. Reports pages/s and the ratios the issue sets
/// targets for (layout ≤ 10 % fewer pages/s, three viewports ≤ 3× the time), peak memory, and the bytes the layout
/// columns take per row in the Parquet shards.
/// </summary>
internal sealed class FeatureCostBenchmark(int pages, int workers, long seed)
{
    private const string ThreeViewports = "desktop=1280x800@2,tablet=768x1024@2,phone=390x844@3";

    private sealed record Result(string Name, int Pages, long Rows, TimeSpan Wall, long PeakRssBytes, long LayoutBytes)
    {
        public double PagesPerSecond => Pages / Wall.TotalSeconds;
    }

    public async Task<string> RunAsync()
    {
        var tailwind = TailwindStylesheet.Load();
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var executable = BrowserLocator.Locate(null);
        var generator = new TemplateGenerator(new TemplateGeneratorOptions());
        var one = await RunAsync("1 viewport, layout off", new RenderOptions { Workers = workers, Layout = false });
        var layout = await RunAsync("1 viewport, layout on", new RenderOptions { Workers = workers });
        var three = await RunAsync(
            "3 viewports, layout on",
            new RenderOptions
            {
                Workers = workers,
                Viewports = Viewport.ParseList(ThreeViewports, RenderOptions.ViewportsFlag),
            }
        );

        var report = new StringBuilder();
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"# Feature cost: layout and viewports ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {pages} template pages, seed {seed}, {workers} browser(s))"
        );
        report.AppendLine();
        report.AppendLine(
            "| configuration | pages/s | rows | wall | peak RSS (tool + browsers) | layout columns per row |"
        );
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in new[] { one, layout, three })
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {result.Name} | {result.PagesPerSecond:F2} | {result.Rows} | {result.Wall.TotalSeconds:F0} s | {result.PeakRssBytes / 1048576.0:F0} MB | {(result.LayoutBytes == 0 ? "–" : $"{result.LayoutBytes / (double)result.Rows / 1024:F1} KiB")} |"
            );
        report.AppendLine();
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"Layout on vs off: {1 - layout.PagesPerSecond / one.PagesPerSecond:P1} fewer pages/s (target ≤ 10 %). "
                + $"Three viewports vs one (both with layout): {three.Wall.TotalSeconds / layout.Wall.TotalSeconds:F2}× the time (target ≤ 3×)."
        );
        return report.ToString();

        async Task<Result> RunAsync(string name, RenderOptions render)
        {
            var output = Path.Combine(Path.GetTempPath(), "websight-bench", Guid.NewGuid().ToString("N"));
            try
            {
                var options = new RunOptions
                {
                    Count = pages,
                    OutputDirectory = output,
                    Seed = seed,
                    Render = render,
                };
                var stats = new RunStats();
                var runner = new PipelineBuilder(options, (tailwind, rules), executable).Build(generator, stats);
                await using var sampler = new ResourceSampler();
                var watch = Stopwatch.StartNew();
                var outcome = await runner.RunAsync(CancellationToken.None);
                var wall = watch.Elapsed;
                if (outcome.Status != RunStatus.Completed)
                    throw new InvalidOperationException(outcome.Message);
                var (rows, layoutBytes) = await LayoutBytesAsync(new RunDirectory(output).Shards());
                Console.Error.WriteLine($"{name}: {pages / wall.TotalSeconds:F2} pages/s");
                return new Result(name, pages, rows, wall, sampler.PeakRssBytes, layoutBytes);
            }
            finally
            {
                if (Directory.Exists(output))
                    Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>Rows, and the compressed bytes of every column chunk under layout_elements and layout_text.</summary>
    private static async Task<(long Rows, long LayoutBytes)> LayoutBytesAsync(IReadOnlyList<string> shards)
    {
        long rows = 0,
            bytes = 0;
        foreach (var shard in shards)
        {
            await using var stream = File.OpenRead(shard);
            await using var reader = await ParquetReader.CreateAsync(stream);
            foreach (var group in reader.Metadata!.RowGroups)
            {
                rows += group.NumRows;
                bytes += group
                    .Columns.Where(c => c.MetaData!.PathInSchema[0] is "layout_elements" or "layout_text")
                    .Sum(c => c.MetaData!.TotalCompressedSize);
            }
        }
        return (rows, bytes);
    }
}
