using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WebSight.Bench;

// dotnet run -c Release --project bench/WebSight.Bench -- e2e [--pages 300] [--workers N] [--no-baseline] [--no-limit] [--checkpoint-every 1000] [--tailwind 2|3|4]
// dotnet run -c Release --project bench/WebSight.Bench -- features [--pages 150] [--workers N]
// dotnet run -c Release --project bench/WebSight.Bench -- hot [--filter '*Template*']
// dotnet run -c Release --project bench/WebSight.Bench -- llm [--rounds 10] [--render [--pages 60] [--workers N]]
// dotnet run -c Release --project bench/WebSight.Bench -- eval [--pages 40] [--workers N]
if (args.Length == 0 || args[0] is not ("e2e" or "features" or "hot" or "llm" or "eval"))
{
    Console.Error.WriteLine(
        "usage: WebSight.Bench e2e [--pages N] [--workers N] [--no-baseline] [--no-limit] [--checkpoint-every N] | features [--pages N] [--workers N] | hot | llm [--rounds N] [--render [--pages N] [--workers N]] | eval [--pages N] [--workers N]"
    );
    return 2;
}

if (args[0] == "hot")
{
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    var switcher = BenchmarkSwitcher.FromTypes([
        typeof(TemplateGenerationBenchmarks),
        typeof(CodeTokenBenchmarks),
        typeof(PlaceholderBenchmarks),
        typeof(ValidationBenchmarks),
        typeof(ParquetWritingBenchmarks),
        typeof(EvalMetricBenchmarks),
    ]);
    // Anything after "hot" goes to BenchmarkDotNet, e.g. --filter '*Template*' '*CodeToken*'.
    if (args.Length > 1)
        switcher.Run(args[1..], config);
    else
        switcher.RunAll(config);
    return 0;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

if (args[0] == "eval")
{
    Console.WriteLine(
        await new EvalBenchmark(Option("--pages", 40), Option("--workers", Environment.ProcessorCount)).RunAsync()
    );
    return 0;
}

if (args[0] == "llm" && args.Contains("--render"))
{
    var pipeline = new LlmPipelineBenchmark(
        Option("--pages", 60),
        Option("--workers", Environment.ProcessorCount),
        TimeSpan.FromSeconds(0.5),
        TimeSpan.FromSeconds(2)
    );
    Console.WriteLine(await pipeline.RunAsync());
    return 0;
}

if (args[0] == "llm")
{
    var llm = new LlmThroughputBenchmark(Option("--rounds", 10), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
    Console.WriteLine(await llm.RunAsync());
    return 0;
}

if (args[0] == "features")
{
    var features = new FeatureCostBenchmark(
        Option("--pages", 150),
        Option("--workers", Environment.ProcessorCount),
        77
    );
    var costs = await features.RunAsync();
    Console.WriteLine(costs);
    var folder = Path.Combine(AppContext.BaseDirectory, "results");
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, $"features-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md"), costs);
    return 0;
}

var benchmark = new EndToEndBenchmark(
    pages: Option("--pages", 300),
    workers: Option("--workers", Environment.ProcessorCount),
    seed: 77,
    includeBaseline: !args.Contains("--no-baseline"),
    includeLimit: !args.Contains("--no-limit"),
    checkpointEvery: Option("--checkpoint-every", 0),
    tailwindProfile: Option("--tailwind", 2)
);
var report = await benchmark.RunAsync();
Console.WriteLine(report);
var results = Path.Combine(AppContext.BaseDirectory, "results");
Directory.CreateDirectory(results);
var file = Path.Combine(results, $"e2e-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
File.WriteAllText(file, report);
Console.WriteLine($"Written to {file}");
return 0;
