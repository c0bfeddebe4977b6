using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;

namespace WebSight.Core.Tests.Llm;

/// <summary>Options pointing at the fake server with test-sized delays, and a runner-like loop over samples.</summary>
internal static class LlmTestKit
{
    public static LlmOptions OpenAI(FakeLlmServer server, string cacheFile) =>
        new()
        {
            Provider = LlmProvider.OpenAI,
            Endpoint = server.OpenAIBaseUrl,
            ApiKey = FakeLlmServer.Key,
            IdeasModel = FakeLlmServer.IdeasModel,
            PagesModel = FakeLlmServer.PagesModel,
            Concurrency = 4,
            RequestTimeout = TimeSpan.FromSeconds(20),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            BreakDuration = TimeSpan.FromMilliseconds(500),
            MaxOutage = TimeSpan.FromSeconds(30),
            CacheFile = cacheFile,
        };

    public static LlmOptions Azure(FakeLlmServer server, string cacheFile) =>
        OpenAI(server, cacheFile) with
        {
            Provider = LlmProvider.Azure,
            Endpoint = server.AzureEndpoint,
        };

    public static LlmPageGenerator Generator(
        LlmOptions options,
        RunStats stats,
        long runSeed = 1,
        TimeProvider? time = null
    ) => new(options, runSeed, Path.GetDirectoryName(options.CacheFile!)!, null, stats, time);

    /// <summary>Generates the given samples from <paramref name="parallel"/> tasks, as the runner does; outcomes by index.</summary>
    public static async Task<Dictionary<long, SampleResult>> RunAsync(
        IPageSource generator,
        IEnumerable<long> indices,
        int parallel,
        long runSeed = 1
    )
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<long>(indices);
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<long, SampleResult>();
        await Task.WhenAll(
            Enumerable
                .Range(0, parallel)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        while (queue.TryDequeue(out var index))
                        {
                            var outcome = await GenerateAsync(generator, SampleSpec.For(runSeed, index));
                            Assert.True(outcomes.TryAdd(index, outcome), $"sample {index} generated twice");
                        }
                    })
                )
        );
        return outcomes.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>One sample through the generator, its result read as the runner reads it.</summary>
    public static async Task<SampleResult> GenerateAsync(IPageSource generator, SampleSpec spec)
    {
        var result = await generator.GenerateAsync(spec, CancellationToken.None);
        return new SampleResult(result.Value, result.Refusal?.For(spec, GenerateStage.StageName), result.StopReason);
    }
}

/// <summary>What became of one sample: its page, its rejection as the runner records it, or a reason to stop.</summary>
internal sealed record SampleResult(GeneratedPage? Page, Rejection? Rejection, string? StopReason);
