using System.Diagnostics;
using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>The llm generator with the real OpenAI and Azure.AI.OpenAI SDKs against the fake server on 127.0.0.1.</summary>
public sealed class LlmGeneratorTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private string CacheFile => _directory.Combine("state", "llm-cache.sqlite");

    private LlmOptions OpenAI => LlmTestKit.OpenAI(_server, CacheFile);

    [Fact]
    public async Task Twenty_samples_over_the_openai_route_make_two_idea_calls_and_twenty_page_calls()
    {
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(OpenAI with { Concurrency = 8 }, stats);
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 20).Select(i => (long)i), 8);

        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.IdeasModel).Count);
        Assert.Equal(20, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + FakeLlmServer.Key, r.Authorization));
        Assert.All(_server.Requests, r => Assert.Equal(0, (double)r.Body["temperature"]!));
        Assert.All(_server.Requests, r => Assert.NotNull(r.Body["seed"]));
        var ideas = new HashSet<string>();
        foreach (var (index, outcome) in outcomes)
        {
            var page = Assert.IsType<GeneratedPage>(outcome.Page);
            Assert.Equal("llm", page.Generator);
            Assert.Empty(page.Sections);
            // Slot index % 10 of batch index / 10: the list's item number is slot + 1.
            Assert.Matches($@"^Website [0-9a-f]{{6}}-{index % 10 + 1} for a harbour bakery", page.Idea);
            Assert.True(ideas.Add(page.Idea), "two samples got the same idea");
            Assert.StartsWith("<html>\n" + PageWrapper.TailwindLink + "\n<body class=\"bg-gray-", page.Html);
            Assert.EndsWith("</body>\n</html>", page.Html);
            Assert.Single(Regex.Matches(page.Html, "<body[ >]"));
            Assert.DoesNotContain("```", page.Html);
            // The fake model loves blue; every page has it swapped for another palette colour.
            Assert.DoesNotContain("-blue-", page.Html);
            Assert.Matches("bg-(red|yellow|green|indigo|purple|pink)-600", page.Html);
            Assert.Contains(string.Join(' ', page.Idea.Split(' ').Take(4)), page.Html);
            Assert.Contains(page.Topic, Shared.Generator.Categories.Select(c => c.Slug));
        }
        Assert.Equal(2, stats.Counter("llm.ideas.requests"));
        Assert.Equal(20, stats.Counter("llm.pages.requests"));
        Assert.True(stats.Counter("llm.ideas.prompt_tokens") > 0);
        Assert.True(stats.Counter("llm.pages.completion_tokens") > 0);
        Assert.Equal(
            _server.Requests.Sum(r => FakeLlmServer.TokensOf(r.Prompt)),
            stats.Counter("llm.ideas.prompt_tokens") + stats.Counter("llm.pages.prompt_tokens")
        );
    }

    [Fact]
    public async Task The_same_run_seed_gives_the_same_prompts_and_pages_and_another_seed_other_prompts()
    {
        async Task<(List<string> Prompts, Dictionary<long, SampleResult> Outcomes)> Run(long seed, string cache)
        {
            await using var server = await FakeLlmServer.StartAsync();
            using var generator = LlmTestKit.Generator(LlmTestKit.OpenAI(server, cache), new RunStats(), seed);
            var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 12).Select(i => (long)i), 4, seed);
            return (server.Requests.Select(r => r.Prompt).Order(StringComparer.Ordinal).ToList(), outcomes);
        }
        var first = await Run(3, _directory.Combine("a.sqlite"));
        var again = await Run(3, _directory.Combine("b.sqlite"));
        var other = await Run(4, _directory.Combine("c.sqlite"));
        Assert.Equal(first.Prompts, again.Prompts);
        Assert.Equal(
            first.Outcomes.OrderBy(p => p.Key).Select(p => p.Value.Page!.Html),
            again.Outcomes.OrderBy(p => p.Key).Select(p => p.Value.Page!.Html)
        );
        Assert.NotEqual(first.Prompts, other.Prompts);
    }

    [Fact]
    public async Task The_azure_route_gets_the_api_key_header_and_an_api_version_on_the_deployment_path()
    {
        using var generator = LlmTestKit.Generator(LlmTestKit.Azure(_server, CacheFile), new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, [0, 1, 2], 2);

        Assert.All(outcomes.Values, o => Assert.NotNull(o.Page));
        Assert.Equal(4, _server.RequestCount);
        Assert.All(_server.Requests, r => Assert.Equal("azure", r.Route));
        Assert.All(_server.Requests, r => Assert.Equal(FakeLlmServer.Key, r.ApiKeyHeader));
        Assert.All(_server.Requests, r => Assert.Null(r.Authorization));
        Assert.All(_server.Requests, r => Assert.False(string.IsNullOrEmpty(r.ApiVersion)));
        Assert.Equal(
            [FakeLlmServer.IdeasModel, FakeLlmServer.PagesModel],
            _server.Requests.Select(r => r.Model).Distinct().Order()
        );
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_the_server_asked_for()
    {
        _server.Script(
            FakeLlmServer.PagesModel,
            FakeReply.Error(429, "rate_limit_exceeded", "slow down", ("Retry-After", "1"))
        );
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(OpenAI, stats);
        await LlmTestKit.RunAsync(generator, [0], 1); // the idea batch, so only the page call is timed
        _server.Script(
            FakeLlmServer.PagesModel,
            FakeReply.Error(429, "rate_limit_exceeded", "slow down", ("Retry-After", "1"))
        );
        var watch = Stopwatch.StartNew();
        var outcome = await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 1));

        Assert.NotNull(outcome.Page);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(10));
        Assert.Equal([429, 200, 429, 200], _server.RequestsFor(FakeLlmServer.PagesModel).Select(r => r.Status));
        Assert.Equal(2, stats.Counter("llm.pages.retries"));
        Assert.Equal(2, stats.Counter("llm.pages.rate_limited"));
    }

    [Fact]
    public async Task Retry_after_ms_and_ratelimit_reset_headers_hold_the_retry_until_the_fake_clock_reaches_them()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var server = await FakeLlmServer.StartAsync(clock);
        var options = LlmTestKit.OpenAI(server, CacheFile) with
        {
            MaxRetryDelay = TimeSpan.FromMinutes(5),
            RequestTimeout = TimeSpan.FromHours(1),
        };
        using var generator = LlmTestKit.Generator(options, new RunStats(), time: clock);
        server.Script(
            FakeLlmServer.IdeasModel,
            FakeReply.Error(429, null, "busy", ("retry-after-ms", "2000"), ("x-ratelimit-reset-requests", "1m30s"))
        );
        var sample = LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0));

        // Step the clock a second at a time: a retry that ignored the headers would come after a second or two.
        var deadline = Stopwatch.StartNew();
        while (!sample.IsCompleted)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the sample did not finish");
            await Task.Delay(10);
            if (server.RequestCount > 0)
                clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.NotNull((await sample).Page);
        var ideas = server.RequestsFor(FakeLlmServer.IdeasModel);
        Assert.Equal([429, 200], ideas.Select(r => r.Status));
        Assert.InRange(ideas[1].At - ideas[0].At, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(95));
    }

    [Fact]
    public async Task A_burst_of_500_and_503_is_retried_and_every_sample_completes_once()
    {
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Error(503));
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Error(500), FakeReply.Error(503), FakeReply.Error(503));
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(OpenAI, stats);
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 10).Select(i => (long)i), 4);

        Assert.Equal(10, outcomes.Count);
        Assert.All(outcomes.Values, o => Assert.NotNull(o.Page));
        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.IdeasModel).Count);
        Assert.Equal(13, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
        Assert.Equal(10, _server.RequestsFor(FakeLlmServer.PagesModel).Count(r => r.Status == 200));
        Assert.Equal(4, stats.Counter("llm.ideas.retries") + stats.Counter("llm.pages.retries"));
    }

    [Fact]
    public async Task A_hung_response_times_out_and_the_retry_completes()
    {
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Hung);
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(
            OpenAI with
            {
                RequestTimeout = TimeSpan.FromMilliseconds(700),
            },
            stats
        );
        var watch = Stopwatch.StartNew();
        var outcome = await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0));

        Assert.NotNull(outcome.Page);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(650), TimeSpan.FromSeconds(10));
        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
        Assert.Equal(1, stats.Counter("llm.pages.timeouts"));
        Assert.Equal(1, stats.Counter("llm.pages.retries"));
    }

    [Fact]
    public async Task Retries_that_run_out_stop_the_run_gracefully_with_the_servers_words()
    {
        _server.Script(
            FakeLlmServer.PagesModel,
            Enumerable.Repeat(FakeReply.Error(503, null, "overloaded"), 3).ToArray()
        );
        using var generator = LlmTestKit.Generator(
            OpenAI with
            {
                MaxRetries = 2,
                BreakMinimumThroughput = 100,
            },
            new RunStats()
        );
        var outcome = await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0));

        Assert.NotNull(outcome.StopReason);
        Assert.Contains("503", outcome.StopReason);
        Assert.Contains("overloaded", outcome.StopReason);
        Assert.Contains("Run the same command again", outcome.StopReason);
    }

    [Fact]
    public async Task A_bad_key_stops_at_the_first_call_with_one_clear_message_that_does_not_show_the_key()
    {
        using var generator = LlmTestKit.Generator(
            OpenAI with
            {
                ApiKey = "sk-wrong-secret",
                Concurrency = 8,
            },
            new RunStats()
        );
        var attempts = Enumerable
            .Range(0, 16)
            .Select(i => Task.Run(async () => await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, i * 10))))
            .ToList();
        foreach (var attempt in attempts)
        {
            var error = await Assert.ThrowsAsync<LlmEndpointException>(() => attempt);
            Assert.Equal(401, error.Status);
            Assert.Contains("refused the credentials", error.Message);
            Assert.Contains("OPENAI_API_KEY", error.Message);
            Assert.DoesNotContain("sk-wrong-secret", error.Message);
        }
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task A_missing_azure_deployment_stops_at_its_first_call_naming_the_deployment_flag()
    {
        var options = LlmTestKit.Azure(_server, CacheFile) with { PagesModel = "no-such-deployment", Concurrency = 8 };
        using var generator = LlmTestKit.Generator(options, new RunStats());
        var attempts = Enumerable
            .Range(0, 10)
            .Select(i => Task.Run(async () => await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, i))))
            .ToList();
        foreach (var attempt in attempts)
        {
            var error = await Assert.ThrowsAsync<LlmEndpointException>(() => attempt);
            Assert.Equal(404, error.Status);
            Assert.Contains("'no-such-deployment'", error.Message);
            Assert.Contains("--azure-pages-deployment", error.Message);
        }
        Assert.Single(_server.RequestsFor("no-such-deployment"));
    }

    [Fact]
    public async Task Unusable_outputs_become_rejections_with_their_reasons_and_good_ones_pages()
    {
        var idea = "A page for a harbour bakery called Crumb with a sticky bar.";
        _server.Script(
            FakeLlmServer.PagesModel,
            FakeReply.Text(
                "Sure! Here is your page:\n\n```html\n<!DOCTYPE html>\n<html><head><title>x</title></head>\n"
                    + FakeLlmServer.Page(idea)
                    + "\n</html>\n```\n\nLet me know if you want changes."
            ),
            FakeReply.Text(FakeLlmServer.Page(idea) + "\n" + FakeLlmServer.Page(idea)),
            FakeReply.Text(FakeLlmServer.Page(idea)[..300], "length"),
            FakeReply.Text(FakeLlmServer.Page(idea)[..300]),
            FakeReply.Text("", "content_filter"),
            FakeReply.Error(
                400,
                "content_filter",
                "The response was filtered due to the prompt triggering the content management policy."
            ),
            FakeReply.Text("I cannot help with that.")
        );
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(OpenAI, stats);
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 7).Select(i => (long)i), 1);

        var fenced = outcomes[0].Page!;
        Assert.StartsWith(
            "<html>\n" + PageWrapper.TailwindLink + "\n<body class=\"bg-gray-50 font-sans text-gray-800\">\n<header",
            fenced.Html
        );
        Assert.EndsWith("</footer>\n</body>\n</html>", fenced.Html);
        Assert.DoesNotContain("Sure!", fenced.Html);
        Assert.DoesNotContain("<head>", fenced.Html);
        Assert.DoesNotContain("Let me know", fenced.Html);
        Assert.DoesNotContain("```", fenced.Html);
        Assert.Equal(RejectReason.LlmOutputUnusable, outcomes[1].Rejection!.Reason);
        Assert.Contains("2 <body> elements", outcomes[1].Rejection!.Detail);
        Assert.Equal(RejectReason.LlmTruncated, outcomes[2].Rejection!.Reason);
        Assert.Equal(RejectReason.LlmTruncated, outcomes[3].Rejection!.Reason);
        Assert.Equal(RejectReason.ContentFiltered, outcomes[4].Rejection!.Reason);
        Assert.Equal(RejectReason.ContentFiltered, outcomes[5].Rejection!.Reason);
        Assert.Equal(RejectReason.LlmOutputUnusable, outcomes[6].Rejection!.Reason);
        Assert.All(Enumerable.Range(1, 6), i => Assert.Equal("pages", outcomes[i].Rejection!.Stage));
        Assert.Equal(7, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
    }

    [Fact]
    public async Task An_idea_list_of_nine_lines_rejects_each_sample_of_its_batch_once_and_other_batches_go_on()
    {
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Text(FakeLlmServer.IdeaList(9)));
        _server.Latency = TimeSpan.FromMilliseconds(50);
        using var generator = LlmTestKit.Generator(OpenAI with { Concurrency = 8 }, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 20).Select(i => (long)i), 8);

        var batch0 = Enumerable.Range(0, 10).Select(i => outcomes[i]).ToList();
        var batch1 = Enumerable.Range(10, 10).Select(i => outcomes[i]).ToList();
        var rejected = outcomes.Values.Where(o => o.Rejection is not null).ToList();
        Assert.Equal(10, rejected.Count);
        Assert.Equal(10, rejected.Select(o => o.Rejection!.Spec.Index).Distinct().Count());
        Assert.All(rejected, o => Assert.Equal(RejectReason.IdeaListMalformed, o.Rejection!.Reason));
        Assert.All(rejected, o => Assert.Contains("9 numbered lines, expected exactly 10", o.Rejection!.Detail));
        Assert.All(rejected, o => Assert.Equal("ideas", o.Rejection!.Stage));
        // Which batch got the scripted list depends on which request came first; exactly one batch did.
        Assert.True(batch0.All(o => o.Rejection is not null) ^ batch1.All(o => o.Rejection is not null));
        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.IdeasModel).Count);
        Assert.Equal(10, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
    }

    [Fact]
    public async Task While_the_endpoint_is_down_the_circuit_opens_the_run_pauses_and_resumes_by_itself()
    {
        _server.Script(FakeLlmServer.PagesModel, Enumerable.Repeat(FakeReply.Error(503), 12).ToArray());
        var stats = new RunStats();
        var options = OpenAI with
        {
            BreakMinimumThroughput = 4,
            MaxRetries = 12,
            Concurrency = 4,
            MaxRetryDelay = TimeSpan.FromMilliseconds(400),
        };
        using var generator = LlmTestKit.Generator(options, stats);
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 8).Select(i => (long)i), 4);

        Assert.All(outcomes.Values, o => Assert.True(o.Page is not null, o.StopReason ?? o.Rejection?.Detail));
        Assert.True(stats.Counter("llm.circuit_opened") >= 1);
        var pages = _server.RequestsFor(FakeLlmServer.PagesModel);
        Assert.Equal(20, pages.Count);
        // While open the breaker lets nothing through: after the first failures, requests wait a break apart.
        var lastFailure = pages.Last(r => r.Status == 503).At;
        var firstFailure = pages.First(r => r.Status == 503).At;
        Assert.True(
            lastFailure - firstFailure >= options.BreakDuration,
            $"failures spanned {lastFailure - firstFailure}"
        );
    }

    [Fact]
    public async Task Requests_in_flight_never_exceed_the_llm_concurrency()
    {
        _server.Latency = TimeSpan.FromMilliseconds(150);
        using var generator = LlmTestKit.Generator(OpenAI with { Concurrency = 3 }, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 24).Select(i => (long)i), 12);

        Assert.All(outcomes.Values, o => Assert.NotNull(o.Page));
        Assert.Equal(3, _server.MaxInFlight);
    }

    [Fact]
    public async Task A_token_budget_stops_gracefully_and_nothing_is_sent_once_it_is_spent()
    {
        using var generator = LlmTestKit.Generator(OpenAI with { MaxTokensTotal = 10 }, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 5).Select(i => (long)i), 1);

        Assert.All(outcomes.Values, o => Assert.StartsWith("Token budget reached", o.StopReason));
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task A_dollar_budget_prices_every_response_and_stops_gracefully_when_spent()
    {
        var prices = _directory.Combine("prices.json");
        File.WriteAllText(
            prices,
            """{"idea-model": {"input": 1000, "output": 2000}, "PAGE-MODEL": {"input": 1000, "output": 2000}}"""
        );
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(OpenAI with { BudgetUsd = 2.0, PriceTableFile = prices }, stats);
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 10).Select(i => (long)i), 1);

        var pages = outcomes.Values.Count(o => o.Page is not null);
        Assert.InRange(pages, 1, 9);
        Assert.All(
            outcomes.Where(p => p.Value.Page is null).Select(p => p.Value),
            o => Assert.StartsWith("Budget reached", o.StopReason)
        );
        var expected = _server.Requests.Sum(r => FakeLlmServer.TokensOf(r.Prompt) * 1000d) / 1e6;
        Assert.True(stats.Counter("llm.cost_usd") >= 2.0 && stats.Counter("llm.cost_usd") > expected);
        Assert.Equal(
            stats.Counter("llm.cost_usd"),
            stats.Counter("llm.ideas.cost_usd") + stats.Counter("llm.pages.cost_usd"),
            9
        );
    }

    [Fact]
    public void A_dollar_budget_without_a_price_for_each_model_is_a_start_up_error()
    {
        var error = Assert.Throws<OptionsException>(() => (OpenAI with { BudgetUsd = 5 }).Validate());
        Assert.Equal("--budget-usd", error.Option);
        var prices = _directory.Combine("prices.json");
        File.WriteAllText(prices, """{"idea-model": {"input": 1, "output": 2}}""");
        error = Assert.Throws<OptionsException>(() =>
            (OpenAI with { BudgetUsd = 5, PriceTableFile = prices }).Validate()
        );
        Assert.Contains("'page-model'", error.Message);
    }

    [Fact]
    public async Task A_second_generator_on_the_same_cache_file_sends_nothing_and_no_cache_pays_again()
    {
        using (var first = LlmTestKit.Generator(OpenAI, new RunStats()))
            await LlmTestKit.RunAsync(first, Enumerable.Range(0, 10).Select(i => (long)i), 4);
        Assert.Equal(11, _server.RequestCount);

        var stats = new RunStats();
        Dictionary<long, SampleResult> cached;
        using (var second = LlmTestKit.Generator(OpenAI, stats))
            cached = await LlmTestKit.RunAsync(second, Enumerable.Range(0, 10).Select(i => (long)i), 4);
        Assert.Equal(11, _server.RequestCount);
        Assert.All(cached.Values, o => Assert.NotNull(o.Page));
        Assert.Equal(1, stats.Counter("llm.ideas.cache_hits"));
        Assert.Equal(10, stats.Counter("llm.pages.cache_hits"));
        Assert.Equal(0, stats.Counter("llm.total_tokens"));

        using (var uncached = LlmTestKit.Generator(OpenAI with { UseCache = false }, new RunStats()))
            await LlmTestKit.RunAsync(uncached, Enumerable.Range(0, 10).Select(i => (long)i), 4);
        Assert.Equal(22, _server.RequestCount);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "timed out waiting");
            await Task.Delay(10);
        }
    }
}
