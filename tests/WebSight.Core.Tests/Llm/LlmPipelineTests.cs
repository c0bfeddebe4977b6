using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Llm;

/// <summary>`generate --generator llm` end to end: the real runner, real Chromium, the fake server, DuckDB read-back.</summary>
public sealed class LlmPipelineTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private static RunOptions Options(string output, LlmOptions llm, int count = 20) =>
        new()
        {
            Count = count,
            OutputDirectory = output,
            Seed = 11,
            Generator = LlmPageGenerator.GeneratorName,
            Llm = llm,
            Render = new RenderOptions { Workers = 2 },
            Writing = new WritingOptions { PartRows = 4 },
        };

    private static async Task<RunOutcome> RunAsync(RunOptions options)
    {
        var stats = new RunStats();
        using var generator = (LlmPageGenerator)PageSources.Create(options, stats);
        var runner = Shared.Runner(options, generator, stats);
        return await runner.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Count_20_with_faults_gives_a_valid_dataset_of_the_ideas_and_a_rerun_on_the_same_cache_sends_nothing()
    {
        // A malformed idea list, a rate limit, an outage burst and an unusable page, all in one run.
        _server.Script(
            FakeLlmServer.IdeasModel,
            FakeReply.Error(429, null, "busy", ("retry-after-ms", "100")),
            FakeReply.Text(FakeLlmServer.IdeaList(9))
        );
        _server.Script(
            FakeLlmServer.PagesModel,
            FakeReply.Error(503),
            FakeReply.Error(500),
            FakeReply.Text(FakeLlmServer.Page("Twice over") + FakeLlmServer.Page("Twice over"))
        );
        var cache = _directory.Combine("shared-cache.sqlite");
        var llm = LlmTestKit.OpenAI(_server, cache) with { Concurrency = 8 };
        var first = _directory.Combine("first");
        var outcome = await RunAsync(Options(first, llm));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        var glob = Path.Combine(first, "data", "*.parquet");
        Assert.Equal(20L, DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}')"));
        Assert.Equal(20L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        Assert.Equal(
            20L,
            DuckDb.Scalar<long>($"SELECT count(DISTINCT llm_generated_idea) FROM read_parquet('{glob}')")
        );
        var rows = DuckDb.Query(
            $"SELECT id, text, llm_generated_idea, generator, image.bytes FROM read_parquet('{glob}')"
        );
        foreach (var row in rows)
        {
            var (html, idea) = ((string)row[1]!, (string)row[2]!);
            Assert.Matches(@"^Website [0-9a-f]{6}-\d+ for a harbour bakery called Crumb", idea);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(idea), html);
            Assert.StartsWith("<html>\n" + PageWrapper.TailwindLink + "\n<body", html);
            Assert.Equal("llm", row[3]);
            Assert.True(DecodedImage.Decode((byte[])row[4]!).LooksNonBlank);
        }
        Assert.Equal(10, outcome.Stats.RejectedByReason["idea_list_malformed"]);
        Assert.Equal(1, outcome.Stats.RejectedByReason["llm_output_unusable"]);
        // Every sample index the runner started ended exactly once: as a row or as a rejection.
        var rejects = DuckDb
            .Query($"SELECT index FROM read_parquet('{Path.Combine(first, "rejects", "*.parquet")}')")
            .Select(r => Convert.ToInt64(r[0]))
            .ToList();
        var accepted = DuckDb
            .Query($"SELECT index FROM read_parquet('{glob}')")
            .Select(r => Convert.ToInt64(r[0]))
            .ToList();
        Assert.Empty(rejects.Intersect(accepted));
        Assert.Equal(rejects.Count, rejects.Distinct().Count());
        var stats = JsonNode.Parse(File.ReadAllText(Path.Combine(first, "stats.json")))!["counters"]!;
        Assert.True((double)stats["llm.pages.prompt_tokens"]! > 0);
        Assert.Equal(3, (double)stats["llm.pages.retries"]! + (double)stats["llm.ideas.retries"]!);
        var paid = _server.RequestCount;
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(first, "run.json")))!;
        Assert.Equal("page-model", (string)run["llm"]!["pages_model"]!);
        Assert.DoesNotContain(FakeLlmServer.Key, File.ReadAllText(Path.Combine(first, "run.json")));

        var second = _directory.Combine("second");
        var again = await RunAsync(Options(second, llm));
        Assert.Equal(RunStatus.Completed, again.Status);
        Assert.Equal(paid, _server.RequestCount);
        var texts = DuckDb.Query(
            $"SELECT id, text FROM read_parquet('{Path.Combine(second, "data", "*.parquet")}') ORDER BY id"
        );
        Assert.Equal(
            rows.OrderBy(r => (string)r[0]!, StringComparer.Ordinal).Select(r => (r[0], r[1])),
            texts.Select(r => (r[0], r[1]))
        );
    }

    [Fact]
    public async Task A_spent_token_budget_stops_gracefully_keeping_committed_rows_and_a_rerun_finishes_from_the_cache()
    {
        var output = _directory.Combine("run");
        var llm = LlmTestKit.OpenAI(_server, Path.Combine(output, "state", "llm-cache.sqlite")) with
        {
            Concurrency = 1,
            MaxTokensTotal = 3000,
            CacheFile = null,
        };
        var stopped = await RunAsync(Options(output, llm, count: 8));
        Assert.Equal(RunStatus.Stopped, stopped.Status);
        Assert.Contains("Token budget reached", stopped.Message);
        var committed = await new PartStore(new RunDirectory(output)).CommittedIdsAsync(
            _ => { },
            CancellationToken.None
        );
        Assert.InRange(committed.Count, 1, 7);
        Assert.True(File.Exists(Path.Combine(output, "state", "llm-cache.sqlite")));
        var paid = _server.RequestCount;

        var finished = await RunAsync(Options(output, llm with { MaxTokensTotal = null }, count: 8));
        Assert.Equal(RunStatus.Completed, finished.Status);
        Assert.Equal(committed.Count, finished.Stats.ResumedFromParts);
        var glob = Path.Combine(output, "data", "*.parquet");
        Assert.Equal(8L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        // Across both runs each request was paid once: one idea batch and eight pages.
        Assert.True(paid < 9);
        Assert.Equal(9, _server.RequestCount);
    }

    [Fact]
    public async Task A_bad_key_ends_the_run_at_the_first_call_with_the_endpoint_exception()
    {
        var llm = LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")) with
        {
            ApiKey = "wrong",
            Concurrency = 8,
        };
        var error = await Assert.ThrowsAsync<LlmEndpointException>(() =>
            RunAsync(Options(_directory.Combine("bad"), llm))
        );
        Assert.Equal(401, error.Status);
        Assert.Equal(1, _server.RequestCount);
    }
}
