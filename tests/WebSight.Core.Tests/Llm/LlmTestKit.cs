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
    public static async Task<Dictionary<long, GenerationOutcome>> RunAsync(
        IPageGenerator generator,
        IEnumerable<long> indices,
        int parallel,
        long runSeed = 1
    )
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<long>(indices);
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<long, GenerationOutcome>();
        await Task.WhenAll(
            Enumerable
                .Range(0, parallel)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        while (queue.TryDequeue(out var index))
                        {
                            var outcome = await generator.GenerateAsync(
                                SampleSpec.For(runSeed, index),
                                CancellationToken.None
                            );
                            Assert.True(outcomes.TryAdd(index, outcome), $"sample {index} generated twice");
                        }
                    })
                )
        );
        return outcomes.ToDictionary(p => p.Key, p => p.Value);
    }
}
