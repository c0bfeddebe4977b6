using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Bench;

/// <summary>
/// Pages per second of the LLM stage — generation (idea lists, pages, cleaning) and validation, no rendering —
/// against an in-process server with a fixed latency, at several requests in flight, compared with the ideal:
/// in flight ÷ page latency. Prints a Markdown table.
/// </summary>
internal sealed class LlmThroughputBenchmark(int rounds, TimeSpan ideasLatency, TimeSpan pageLatency)
{
    private static readonly int[] InFlight = [8, 32, 64, 128];

    public async Task<string> RunAsync()
    {
        var tailwind = TailwindStylesheet.Load();
        var validator = new HtmlValidator(new ValidationOptions(), TailwindRules.Parse(tailwind.Bytes));
        await using var server = await BenchLlmServer.StartAsync(ideasLatency, pageLatency);
        var report = new StringBuilder();
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"LLM stage throughput ({DateTime.UtcNow:yyyy-MM-dd} UTC, {Environment.ProcessorCount} cores): latency "
                + $"{pageLatency.TotalSeconds:0.#} s per page, {ideasLatency.TotalSeconds:0.#} s per idea list (10 ideas), "
                + $"{rounds} pages per request slot; generation and validation, no rendering."
        );
        report.AppendLine();
        report.AppendLine(
            "| in flight | pages | seconds | pages/s | ideal pages/s | of ideal | s per sample | valid |"
        );
        report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var inFlight in InFlight)
        {
            var (pages, valid, seconds, perSample) = await MeasureAsync(server, validator, inFlight);
            var rate = pages / seconds;
            var ideal = inFlight / pageLatency.TotalSeconds;
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {inFlight} | {pages} | {seconds:0.0} | {rate:0.0} | {ideal:0.0} | {rate / ideal:0%} | {perSample:0.00} | {valid} |"
            );
        }
        return report.ToString();
    }

    /// <summary>Pages, valid pages, wall seconds, and the mean seconds one sample held its slot (ideal: the page latency).</summary>
    private async Task<(int Pages, int Valid, double Seconds, double PerSample)> MeasureAsync(
        BenchLlmServer server,
        HtmlValidator validator,
        int inFlight
    )
    {
        var options = new LlmOptions
        {
            Endpoint = server.BaseUrl,
            ApiKey = "bench",
            IdeasModel = "bench-ideas",
            PagesModel = "bench-pages",
            Concurrency = inFlight,
            UseCache = false,
        };
        var directory = Path.Combine(Path.GetTempPath(), "websight-bench-llm", Guid.NewGuid().ToString("N"));
        var pages = inFlight * rounds;
        using var generator = new LlmPageGenerator(
            options,
            inFlight,
            directory,
            null,
            new RunStats(),
            lastPlannedIndex: pages
        );
        // The first request to each model goes alone (a bad key costs one call): let it pass before timing.
        await generator.GenerateAsync(SampleSpec.For(inFlight, 0), CancellationToken.None);
        var queue = new ConcurrentQueue<long>(Enumerable.Range(1, pages).Select(i => (long)i));
        // Validation is its own stage in the pipeline, fed through a channel: a slot asks for its next page while
        // the last one is validated, so validating here must not hold the slot either.
        var generated = Channel.CreateUnbounded<GeneratedPage>();
        var valid = 0;
        long heldTicks = 0;
        var clock = Stopwatch.StartNew();
        var validators = Enumerable
            .Range(0, Environment.ProcessorCount)
            .Select(_ =>
                Task.Run(async () =>
                {
                    await foreach (var page in generated.Reader.ReadAllAsync())
                        if (validator.Validate(page).Passed)
                            Interlocked.Increment(ref valid);
                })
            )
            .ToList();
        await Task.WhenAll(
            Enumerable
                .Range(0, inFlight)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        while (queue.TryDequeue(out var index))
                        {
                            var started = Stopwatch.GetTimestamp();
                            var page = await generator.GenerateAsync(SampleSpec.For(inFlight, index), default);
                            Interlocked.Add(ref heldTicks, Stopwatch.GetTimestamp() - started);
                            if (page.Passed)
                                await generated.Writer.WriteAsync(page.Value);
                        }
                    })
                )
        );
        generated.Writer.Complete();
        await Task.WhenAll(validators);
        return (pages, valid, clock.Elapsed.TotalSeconds, (double)heldTicks / Stopwatch.Frequency / pages);
    }
}
