using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Llm;

/// <summary>
/// `generate --generator llm --llm-mode batch` end to end: the real runner, real Chromium and DuckDB read-back,
/// and the fake server's file and batch routes (upload, create, status, download, expiry, error files).
/// </summary>
public sealed class LlmBatchModeTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private LlmOptions Batch(string output) =>
        LlmTestKit.OpenAI(_server, Path.Combine(output, "state", "llm-cache.sqlite")) with
        {
            Mode = LlmMode.Batch,
            CacheFile = null,
            BatchPollInterval = TimeSpan.FromMilliseconds(20),
            BatchGatherWindow = TimeSpan.FromMilliseconds(150),
        };

    private static RunOptions Options(string output, LlmOptions llm, int count = 20) =>
        new()
        {
            Count = count,
            OutputDirectory = output,
            Seed = 5,
            Generator = LlmPageGenerator.GeneratorName,
            Llm = llm,
            Render = new RenderOptions { Workers = 2 },
            Writing = new WritingOptions { PartRows = 4 },
        };

    private static async Task<RunOutcome> RunAsync(RunOptions options, CancellationToken cancellationToken = default)
    {
        var stats = new RunStats();
        using var generator = (LlmPageGenerator)PageSources.Create(options, stats);
        return await Shared.Runner(options, generator, stats).RunAsync(cancellationToken);
    }

    private static long Rows(string output) =>
        DuckDb.Scalar<long>(
            $"SELECT count(DISTINCT id) FROM read_parquet('{Path.Combine(output, "data", "*.parquet")}')"
        );

    /// <summary>Every request line the server was sent, in every batch input file.</summary>
    private List<string> SubmittedCustomIds() =>
        _server
            .Batches.SelectMany(b =>
                _server
                    .FileText((string)b["input_file_id"]!)
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(l => (string)JsonNode.Parse(l)!["custom_id"]!)
            )
            .ToList();

    [Fact]
    public async Task Twenty_pages_come_from_an_ideas_batch_then_a_pages_batch_at_half_price_without_one_chat_call()
    {
        var prices = _directory.Combine("prices.json");
        File.WriteAllText(
            prices,
            """{"idea-model": {"input": 2, "output": 8}, "page-model": {"input": 2, "output": 8}}"""
        );
        var output = _directory.Combine("run");
        var outcome = await RunAsync(Options(output, Batch(output) with { PriceTableFile = prices }));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(20L, Rows(output));
        Assert.Equal(0, _server.RequestCount);
        Assert.True(_server.BatchCreates >= 2);
        var first = _server.Batches.OrderBy(b => (string)b["id"]!, StringComparer.Ordinal).First();
        Assert.Equal(
            2,
            _server.FileText((string)first["input_file_id"]!).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
        );
        var ids = SubmittedCustomIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var counters = outcome.Stats.Counters;
        var tokens =
            (counters["llm.ideas.prompt_tokens"] + counters["llm.pages.prompt_tokens"]) * 2
            + (counters["llm.ideas.completion_tokens"] + counters["llm.pages.completion_tokens"]) * 8;
        Assert.Equal(tokens / 1e6 * 0.5, counters["llm.cost_usd"], 9);
        Assert.Equal(
            counters["llm.batch.submitted"],
            Directory.GetFiles(Path.Combine(output, "state", "llm-batches")).Length
        );
    }

    [Fact]
    public async Task A_run_larger_than_a_batch_file_may_hold_is_split_over_files_within_the_limit()
    {
        var output = _directory.Combine("run");
        var outcome = await RunAsync(Options(output, Batch(output) with { BatchMaxRequests = 6 }, count: 14));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(14L, Rows(output));
        var files = _server
            .Batches.Select(b =>
                _server.FileText((string)b["input_file_id"]!).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            )
            .ToList();
        Assert.All(files, lines => Assert.InRange(lines, 1, 6));
        Assert.True(files.Sum() >= 16, string.Join(", ", files));
        var ids = SubmittedCustomIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Azure_OpenAI_batches_go_through_its_v1_routes_with_the_api_key_header_and_its_deployments()
    {
        var output = _directory.Combine("run");
        var azure = Batch(output) with { Provider = LlmProvider.Azure, Endpoint = _server.AzureEndpoint };

        var outcome = await RunAsync(Options(output, azure, count: 8));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(8L, Rows(output));
        Assert.Equal(0, _server.RequestCount);
        Assert.True(_server.BatchCreates >= 2);
        Assert.All(_server.BatchEndpoints, endpoint => Assert.Equal("/chat/completions", endpoint));
        var models = _server
            .Batches.SelectMany(b =>
                _server
                    .FileText((string)b["input_file_id"]!)
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(l => (string)JsonNode.Parse(l)!["body"]!["model"]!)
            )
            .ToHashSet();
        Assert.Equal(new HashSet<string> { azure.IdeasModel, azure.PagesModel }, models);
    }

    [Fact]
    public async Task An_Azure_key_the_batch_routes_refuse_stops_the_run_with_one_message_that_names_the_azure_key()
    {
        var output = _directory.Combine("run");
        var azure = Batch(output) with
        {
            Provider = LlmProvider.Azure,
            Endpoint = _server.AzureEndpoint,
            ApiKey = "wrong-azure-key",
        };

        var error = await Assert.ThrowsAsync<LlmEndpointException>(() => RunAsync(Options(output, azure, count: 4)));

        Assert.Contains("AZURE_OPENAI_API_KEY", error.Message);
        Assert.DoesNotContain("wrong-azure-key", error.Message);
        Assert.Equal(0, _server.BatchCreates);
    }

    [Fact]
    public async Task A_killed_run_picks_up_its_submitted_batch_instead_of_submitting_it_again()
    {
        var output = _directory.Combine("run");
        _server.HoldBatches = true;
        using var kill = new CancellationTokenSource();
        var killed = RunAsync(Options(output, Batch(output)), kill.Token);
        await Until(() => _server.BatchCreates == 1 && Directory.Exists(Path.Combine(output, "state", "llm-batches")));
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "state", "llm-batches")));

        _server.HoldBatches = false;
        var resumed = await RunAsync(Options(output, Batch(output)));

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(20L, Rows(output));
        Assert.Equal(1, resumed.Stats.Counters["llm.batch.resumed"]);
        var ids = SubmittedCustomIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(0, _server.RequestCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_run_killed_between_creating_a_batch_and_recording_it_finds_the_batch_and_pays_once(bool created)
    {
        var output = _directory.Combine("run");
        var journal = Path.Combine(output, "state", "llm-batches");
        _server.HoldBatches = true;
        using var kill = new CancellationTokenSource();
        var killed = RunAsync(Options(output, Batch(output)), kill.Token);
        await Until(() =>
            _server.BatchCreates == 1 && Directory.Exists(journal) && Directory.GetFiles(journal).Length == 1
        );
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        // The record as it stood in the instant between the upload and the create: pending, with no batch id.
        var written = Assert.Single(Directory.GetFiles(journal));
        var record = JsonNode.Parse(File.ReadAllText(written))!.AsObject();
        var inputFile = (string)record["input_file_id"]!;
        record["batch_id"] = "";
        record["pending"] = true;
        File.Delete(written);
        File.WriteAllText(Path.Combine(journal, $"pending-{inputFile}.json"), record.ToJsonString());
        if (!created)
            _server.ForgetBatches();

        _server.HoldBatches = false;
        var resumed = await RunAsync(Options(output, Batch(output)));

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(20L, Rows(output));
        Assert.Single(_server.Batches, b => (string)b["input_file_id"]! == inputFile);
        Assert.Equal(created ? 1 : 0, resumed.Stats.Counters.GetValueOrDefault("llm.batch.adopted"));
        var ids = SubmittedCustomIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(
            Directory.GetFiles(journal),
            f => Path.GetFileName(f).StartsWith("pending-", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task An_expired_batch_sends_again_only_the_requests_it_left_unanswered()
    {
        var output = _directory.Combine("run");
        _server.ExpireNextBatchAfter = 1;
        var outcome = await RunAsync(Options(output, Batch(output)));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(20L, Rows(output));
        Assert.Equal(1, outcome.Stats.Counters["llm.batch.expired"]);
        var ids = SubmittedCustomIds();
        var twice = ids.GroupBy(i => i).Where(g => g.Count() > 1).ToList();
        Assert.Single(twice);
        Assert.Equal(2, twice[0].Count());
    }

    [Fact]
    public async Task A_request_in_the_error_file_rejects_its_sample_and_the_run_replaces_it()
    {
        var output = _directory.Combine("run");
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Error(400));
        var outcome = await RunAsync(Options(output, Batch(output)));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(20L, Rows(output));
        Assert.Equal(1L, outcome.Stats.RejectedByReason[RejectReason.GenerationFailed.Code()]);
        Assert.Equal(1, outcome.Stats.Counters["llm.batch.refused"]);
        var rejects = string.Concat(Directory.GetFiles(Path.Combine(output, "rejects")).Select(File.ReadAllText));
        Assert.Contains("scripted error 400", rejects);
    }

    [Fact]
    public async Task Submitted_batches_count_against_the_budget_so_the_run_stops_before_it_overspends()
    {
        var prices = _directory.Combine("prices.json");
        File.WriteAllText(
            prices,
            """{"idea-model": {"input": 10, "output": 10}, "page-model": {"input": 10, "output": 10}}"""
        );
        var output = _directory.Combine("run");
        // Each page may cost (prompt + 4096) tokens at $5 per million (batch price): about 2 cents.
        var outcome = await RunAsync(Options(output, Batch(output) with { PriceTableFile = prices, BudgetUsd = 0.1 }));

        Assert.Equal(RunStatus.Stopped, outcome.Status);
        Assert.Contains("in submitted batches", outcome.Message);
        var pageLines = SubmittedCustomIds().Count - 2;
        Assert.InRange(pageLines, 1, 6);
    }

    [Fact]
    public async Task A_batch_answer_over_the_size_cap_rejects_its_sample_as_too_large_and_the_run_makes_another()
    {
        var output = _directory.Combine("run");
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Huge(40 * 1024), FakeReply.Huge(40 * 1024));

        var outcome = await RunAsync(Options(output, Batch(output) with { MaxAnswerBytes = 32 * 1024 }, count: 6));

        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(6L, Rows(output));
        Assert.Equal(2, outcome.Stats.RejectedByReason["llm_answer_too_large"]);
        Assert.Equal(2, outcome.Stats.Counters["llm.batch.too_large"]);
        var rejects = string.Concat(
            Directory
                .GetFiles(Path.Combine(output, "rejects"), "*", SearchOption.AllDirectories)
                .Select(File.ReadAllText)
        );
        Assert.Contains("over the 32 KB cap (--llm-max-answer-kb)", rejects);
        var widest = DuckDb.Scalar<long>(
            $"SELECT max(length(text)) FROM read_parquet('{Path.Combine(output, "data", "*.parquet")}')"
        );
        Assert.InRange(widest, 1, 32 * 1024);
    }

    [Fact]
    public async Task A_provider_without_batch_routes_stops_the_run_with_one_clear_message()
    {
        var output = _directory.Combine("run");
        _server.BatchRoutes = false;
        var error = await Assert.ThrowsAsync<LlmEndpointException>(() => RunAsync(Options(output, Batch(output))));
        Assert.Contains("does not offer the batch API", error.Message);
        Assert.Contains("--llm-mode chat", error.Message);
        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task An_expired_key_stops_the_run_with_one_clear_message_and_never_shows_the_key()
    {
        var output = _directory.Combine("run");
        var error = await Assert.ThrowsAsync<LlmEndpointException>(() =>
            RunAsync(Options(output, Batch(output) with { ApiKey = "sk-expired-0123456789" }))
        );
        Assert.Contains("refused the credentials on the batch API", error.Message);
        Assert.DoesNotContain("sk-expired-0123456789", error.Message);
        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task A_malformed_results_file_stops_the_run_keeping_committed_rows_and_a_rerun_sends_its_requests_again()
    {
        var output = _directory.Combine("run");
        // A token budget that lets only a few pages be submitted: the first run stops with some rows committed.
        var stopped = await RunAsync(Options(output, Batch(output) with { MaxTokensTotal = 10_000 }, count: 8));
        Assert.Equal(RunStatus.Stopped, stopped.Status);
        var store = new PartStore(new RunDirectory(output));
        var committed = (await store.CommittedIdsAsync(_ => { }, CancellationToken.None)).Count;
        Assert.InRange(committed, 1, 7);

        _server.MalformedNextOutput = true;
        var error = await Assert.ThrowsAsync<LlmEndpointException>(() =>
            RunAsync(Options(output, Batch(output), count: 8))
        );
        Assert.Contains("is malformed (line 1", error.Message);
        Assert.Equal(committed, (await store.CommittedIdsAsync(_ => { }, CancellationToken.None)).Count);

        var finished = await RunAsync(Options(output, Batch(output), count: 8));
        Assert.Equal(RunStatus.Completed, finished.Status);
        Assert.Equal(8L, Rows(output));
        Assert.Equal(committed, finished.Stats.ResumedFromParts);
        // The committed rows' ideas were checked against before any new idea.
        Assert.Equal(committed, finished.Stats.Counters["llm.ideas.committed"]);
        Assert.Equal(0, finished.Stats.IdeaDuplicateRate);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 60_000, "the condition never held");
            await Task.Delay(20);
        }
    }
}
