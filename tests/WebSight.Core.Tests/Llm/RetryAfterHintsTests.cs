using WebSight.Core.Llm;

namespace WebSight.Core.Tests.Llm;

public sealed class RetryAfterHintsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static TimeSpan? Hint(params (string Name, string Value)[] headers) =>
        RetryAfterHints.From(
            name => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value,
            Now
        );

    [Fact]
    public void Each_header_is_read_and_the_longest_wait_wins()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), Hint(("retry-after-ms", "250")));
        Assert.Equal(TimeSpan.FromSeconds(7), Hint(("Retry-After", "7")));
        Assert.Equal(TimeSpan.FromSeconds(30), Hint(("Retry-After", Now.AddSeconds(30).ToString("r"))));
        Assert.Equal(TimeSpan.FromSeconds(90), Hint(("x-ratelimit-reset-requests", "1m30s")));
        Assert.Equal(TimeSpan.FromMilliseconds(20), Hint(("x-ratelimit-reset-tokens", "20ms")));
        Assert.Equal(
            TimeSpan.FromSeconds(6.5),
            Hint(("retry-after-ms", "500"), ("x-ratelimit-reset-tokens", "6.5s"), ("Retry-After", "2"))
        );
    }

    [Fact]
    public void Nothing_usable_gives_no_hint_so_backoff_decides()
    {
        Assert.Null(Hint());
        Assert.Null(Hint(("Retry-After", "soon"), ("x-ratelimit-reset-requests", "1x")));
        Assert.Equal(
            TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(3),
            RetryAfterHints.ParseDuration("1h2m3s")
        );
    }
}
