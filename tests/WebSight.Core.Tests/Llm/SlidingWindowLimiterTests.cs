using Microsoft.Extensions.Time.Testing;
using WebSight.Core.Llm;

namespace WebSight.Core.Tests.Llm;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public async Task The_permit_past_the_limit_waits_until_the_oldest_leaves_the_window()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new SlidingWindowLimiter(3, TimeSpan.FromMinutes(1), clock);
        for (var i = 0; i < 3; i++)
        {
            await limiter.AcquireAsync(1, CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(10));
        }
        var fourth = limiter.AcquireAsync(1, CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_corrected_grant_frees_what_it_did_not_use()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new SlidingWindowLimiter(1000, TimeSpan.FromMinutes(1), clock);
        var lease = await limiter.AcquireAsync(900, CancellationToken.None);
        var next = limiter.AcquireAsync(500, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        lease.Correct(300);
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_waiter_can_be_cancelled()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new SlidingWindowLimiter(1, TimeSpan.FromMinutes(1), clock);
        await limiter.AcquireAsync(1, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(1, cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
