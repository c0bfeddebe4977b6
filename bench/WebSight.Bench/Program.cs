using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WebSight.Bench;

// dotnet run -c Release --project bench/WebSight.Bench -- e2e [--pages 300] [--workers N] [--no-baseline] [--no-limit] [--checkpoint-every 1000]
// dotnet run -c Release --project bench/WebSight.Bench -- hot [--filter '*Template*']
// dotnet run -c Release --project bench/WebSight.Bench -- llm [--rounds 5]
if (args.Length == 0 || args[0] is not ("e2e" or "hot" or "llm"))
{
    Console.Error.WriteLine(
        "usage: WebSight.Bench e2e [--pages N] [--workers N] [--no-baseline] [--no-limit] [--checkpoint-every N] | hot | llm [--rounds N]"
    );
    return 2;
}

if (args[0] == "hot")
{
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    var switcher = BenchmarkSwitcher.FromTypes([
        typeof(TemplateGenerationBenchmarks),
        typeof(CodeTokenBenchmarks),
        typeof(ValidationBenchmarks),
        typeof(ParquetWritingBenchmarks),
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

if (args[0] == "llm")
{
    var llm = new LlmThroughputBenchmark(Option("--rounds", 5), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
    Console.WriteLine(await llm.RunAsync());
    return 0;
}

var benchmark = new EndToEndBenchmark(
    pages: Option("--pages", 300),
    workers: Option("--workers", Environment.ProcessorCount),
    seed: 77,
    includeBaseline: !args.Contains("--no-baseline"),
    includeLimit: !args.Contains("--no-limit"),
    checkpointEvery: Option("--checkpoint-every", 0)
);
var report = await benchmark.RunAsync();
Console.WriteLine(report);
var results = Path.Combine(AppContext.BaseDirectory, "results");
Directory.CreateDirectory(results);
var file = Path.Combine(results, $"e2e-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
File.WriteAllText(file, report);
Console.WriteLine($"Written to {file}");
return 0;
