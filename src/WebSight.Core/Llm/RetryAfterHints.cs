using System.ClientModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WebSight.Core.Llm;

/// <summary>
/// Reads how long the server asks us to wait: <c>retry-after-ms</c>, <c>Retry-After</c> (seconds or an HTTP
/// date) and OpenAI's <c>x-ratelimit-reset-requests</c> / <c>-tokens</c> durations such as <c>6m0s</c> or <c>20ms</c>.
/// </summary>
internal static partial class RetryAfterHints
{
    /// <summary>The longest wait any header asks for; null when none says anything usable.</summary>
    public static TimeSpan? From(Func<string, string?> header, DateTimeOffset now)
    {
        TimeSpan? longest = null;
        void Consider(TimeSpan? wait)
        {
            if (wait is { } value && value >= TimeSpan.Zero && (longest is null || value > longest))
                longest = value;
        }

        if (
            header("retry-after-ms") is { } milliseconds
            && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
        )
            Consider(TimeSpan.FromMilliseconds(ms));
        Consider(ParseRetryAfter(header("retry-after"), now));
        Consider(ParseDuration(header("x-ratelimit-reset-requests")));
        Consider(ParseDuration(header("x-ratelimit-reset-tokens")));
        return longest;
    }

    public static TimeSpan? From(ClientResultException exception, DateTimeOffset now)
    {
        var response = exception.GetRawResponse();
        if (response is null)
            return null;
        return From(name => response.Headers.TryGetValue(name, out var value) ? value : null, now);
    }

    private static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        if (
            DateTimeOffset.TryParseExact(
                value.Trim(),
                "r",
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var date
            )
        )
            return date - now;
        return null;
    }

    /// <summary>Go-style durations as OpenAI writes them: <c>1h2m3.5s</c>, <c>6m0s</c>, <c>250ms</c>, or bare seconds.</summary>
    public static TimeSpan? ParseDuration(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare))
            return TimeSpan.FromSeconds(bare);
        var matches = DurationPart().Matches(value);
        if (matches.Count == 0 || matches.Sum(m => m.Length) != value.Length)
            return null;
        var total = TimeSpan.Zero;
        foreach (Match part in matches)
        {
            var amount = double.Parse(part.Groups["n"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);
            total += part.Groups["u"].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                "us" or "µs" => TimeSpan.FromMicroseconds(amount),
                _ => TimeSpan.FromTicks((long)(amount / 100)),
            };
        }
        return total;
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>ms|us|µs|ns|h|m|s)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPart();
}
