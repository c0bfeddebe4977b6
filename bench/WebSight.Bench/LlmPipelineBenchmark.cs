using System.Globalization;
using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;

namespace WebSight.Bench;

/// <summary>
/// The whole pipeline (LLM generation, validation, Chromium rendering, quality, Parquet) against the latency
/// server: pages/s, and how busy each pool was — the LLM slots (generate stage busy time ÷ slots × wall) and the
/// browsers (render stage busy time ÷ browsers × wall). A render pool near 100 % busy is fed by the LLM stage
/// without waiting for it; one far below shows the LLM stage starving it.
/// </summary>
internal sealed class LlmPipelineBenchmark(int pages, int browsers, TimeSpan ideasLatency, TimeSpan pageLatency)
{
    private static readonly int[] InFlight = [8, 64];

    public async Task<string> RunAsync()
    {
        var tailwind = TailwindStylesheet.Load();
        var rules = TailwindRules.Parse(tailwind.Bytes);
        var browser = BrowserLocator.Locate(null);
        await using var server = await BenchLlmServer.StartAsync(ideasLatency, pageLatency);
        var report = new StringBuilder();
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"LLM pipeline with rendering ({DateTime.UtcNow:yyyy-MM-dd} UTC, {Environment.ProcessorCount} cores, "
                + $"{browsers} browser(s)): {pages} rows per run, latency {pageLatency.TotalSeconds:0.#} s per page and "
                + $"{ideasLatency.TotalSeconds:0.#} s per idea list."
        );
        report.AppendLine();
        report.AppendLine(
            "| in flight | rows | seconds | pages/s | LLM ideal pages/s | LLM slots busy | render pool busy |"
        );
        report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var inFlight in InFlight)
        {
            var output = Path.Combine(Path.GetTempPath(), "websight-bench-llm-e2e", Guid.NewGuid().ToString("N"));
            var options = new RunOptions
            {
                Count = pages,
                OutputDirectory = output,
                Seed = inFlight,
                Generator = LlmPageGenerator.GeneratorName,
                Llm = new LlmOptions
                {
                    Endpoint = server.BaseUrl,
                    ApiKey = "bench",
                    IdeasModel = "bench-ideas",
                    PagesModel = "bench-pages",
                    Concurrency = inFlight,
                    UseCache = false,
                },
                Render = new RenderOptions { Workers = browsers },
            };
            var stats = new RunStats();
            using var generator = (LlmPageGenerator)PageSources.Create(options, stats);
            var runner = new PipelineBuilder(options, (tailwind, rules), browser).Build(generator, stats);
            var outcome = await runner.RunAsync(CancellationToken.None);
            var wall = outcome.Stats.WallSeconds;
            double Busy(string stage, int workers) =>
                outcome.Stats.Stages.TryGetValue(stage, out var s) ? s.BusySeconds / (workers * wall) : 0;
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {inFlight} | {outcome.Stats.Accepted} | {wall:0.0} | {outcome.Stats.Accepted / wall:0.00} | "
                    + $"{inFlight / pageLatency.TotalSeconds:0.0} | {Busy("generate", inFlight):0%} | {Busy("render", browsers):0%} |"
            );
            Directory.Delete(output, recursive: true);
        }
        return report.ToString();
    }
}
