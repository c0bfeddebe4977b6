using Microsoft.Extensions.Time.Testing;
using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>Requests and tokens per minute, on a fake clock the fake server stamps its requests with.</summary>
public sealed class LlmRateLimitTests
{
    [Fact]
    public async Task With_an_rpm_limit_the_server_never_sees_more_than_the_limit_in_any_minute()
    {
        using var directory = new TempDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var server = await FakeLlmServer.StartAsync(clock);
        var options = LlmTestKit.OpenAI(server, directory.Combine("cache.sqlite")) with
        {
            Concurrency = 8,
            RequestsPerMinute = 5,
            RequestTimeout = TimeSpan.FromHours(2),
        };
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(options, stats, time: clock);
        var run = LlmTestKit.RunAsync(generator, Enumerable.Range(0, 20).Select(i => (long)i), 8);
        await DriveClockWhenQuiet(run, clock, server, stats);

        var outcomes = await run;
        Assert.All(outcomes.Values, o => Assert.NotNull(o.Page));
        var times = server.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(22, times.Count);
        for (var i = 0; i < times.Count; i++)
        {
            var inWindow = times.Count(t => t >= times[i] && t < times[i] + TimeSpan.FromMinutes(1));
            Assert.True(inWindow <= 5, $"{inWindow} requests in the minute from {times[i]:HH:mm:ss}");
        }
        // 22 requests at 5 a minute need at least four full minutes after the first.
        Assert.True(times[^1] - times[0] >= TimeSpan.FromMinutes(4));
    }

    [Fact]
    public async Task With_a_tpm_limit_tokens_per_minute_stay_under_it_once_estimates_are_corrected()
    {
        using var directory = new TempDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var server = await FakeLlmServer.StartAsync(clock);
        var options = LlmTestKit.OpenAI(server, directory.Combine("cache.sqlite")) with
        {
            Concurrency = 4,
            TokensPerMinute = 3000,
            PageMaxOutputTokens = 1000,
            IdeasMaxOutputTokens = 1000,
            RequestTimeout = TimeSpan.FromHours(2),
        };
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(options, stats, time: clock);
        var run = LlmTestKit.RunAsync(generator, Enumerable.Range(0, 10).Select(i => (long)i), 4);
        await DriveClockWhenQuiet(run, clock, server, stats);
        await run;

        var requests = server.Requests.OrderBy(r => r.At).ToList();
        Assert.Equal(11, requests.Count);
        // Estimates (prompt + max output) are corrected to the billed count, so that count stays under the limit.
        foreach (var request in requests)
        {
            var billed = requests
                .Where(r => r.At >= request.At && r.At < request.At + TimeSpan.FromMinutes(1))
                .Sum(r => r.BilledTokens);
            Assert.True(billed <= 3000, $"{billed} tokens in the minute from {request.At:HH:mm:ss}");
        }
        Assert.True(stats.Counter("llm.total_tokens") > 3000 * 2);
        Assert.True(requests[^1].At - requests[0].At >= TimeSpan.FromMinutes(2));
    }

    /// <summary>
    /// Moves the fake clock only when nothing is between the limiter and the server, so each request is stamped at
    /// the instant it was granted: every attempt the client counted has arrived, none is being answered, and nothing
    /// has arrived or been moved for a while (a grant the last move released needs a moment to become an attempt;
    /// under a loaded machine, one check of the server alone let the clock run ahead of a request still in flight).
    /// </summary>
    private static async Task DriveClockWhenQuiet(
        Task run,
        FakeTimeProvider clock,
        FakeLlmServer server,
        RunStats stats
    )
    {
        var settle = TimeSpan.FromMilliseconds(150);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var lastMove = Environment.TickCount64;
        while (!run.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the run did not finish");
            await Task.Delay(20);
            var sent = stats
                .Snapshot()
                .Counters.Where(c => c.Key.EndsWith(".requests", StringComparison.Ordinal))
                .Sum(c => c.Value);
            if (
                sent == server.Requests.Count
                && server.QuietFor(settle)
                && Environment.TickCount64 - lastMove >= settle.TotalMilliseconds
            )
            {
                clock.Advance(TimeSpan.FromSeconds(10));
                lastMove = Environment.TickCount64;
            }
        }
    }
}
