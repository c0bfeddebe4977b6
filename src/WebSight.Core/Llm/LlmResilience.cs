using System.ClientModel;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// The named Polly pipeline at the LLM edge, outermost first: retry transient errors (backoff with jitter, or
/// the server's own Retry-After); wait out an open circuit; the circuit breaker; bounded concurrency; requests
/// and tokens per minute; a timeout per attempt. Everything sleeps on the given <see cref="TimeProvider"/>.
/// </summary>
internal static class LlmResilience
{
    public const string PipelineName = "websight-llm";

    public static readonly ResiliencePropertyKey<LlmStage> StageKey = new("websight.llm.stage");

    public static readonly ResiliencePropertyKey<int> TokenEstimateKey = new("websight.llm.token-estimate");

    public static readonly ResiliencePropertyKey<WindowLease> TokenLeaseKey = new("websight.llm.token-lease");

    private static readonly ResiliencePropertyKey<DateTimeOffset> OutageStartKey = new("websight.llm.outage-start");

    public static ResiliencePipeline Build(
        LlmOptions options,
        RunStats stats,
        TimeProvider time,
        SlidingWindowLimiter? requestLimiter,
        SlidingWindowLimiter? tokenLimiter
    )
    {
        var builder = new ResiliencePipelineBuilder { Name = PipelineName, TimeProvider = time };
        if (options.MaxRetries > 0)
            builder.AddRetry(TransientRetry(options, stats, time));
        if (options.MaxOutage > TimeSpan.Zero)
            builder.AddRetry(WaitOutOpenCircuit(options, time));
        builder.AddCircuitBreaker(EndpointDown(options, stats));
        builder.AddConcurrencyLimiter(options.Concurrency, queueLimit: int.MaxValue);
        if (requestLimiter is not null)
            builder.AddRateLimiter(RequestsPerMinute(requestLimiter));
        if (tokenLimiter is not null)
            builder.AddRateLimiter(TokensPerMinute(tokenLimiter));
        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    /// <summary>Retries transient errors with exponential backoff and jitter, or after the server's Retry-After.</summary>
    private static RetryStrategyOptions TransientRetry(LlmOptions options, RunStats stats, TimeProvider time) =>
        new()
        {
            Name = "transient-retry",
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args =>
                ValueTask.FromResult(
                    args.Outcome.Exception is { } e && LlmErrors.Classify(e) == LlmErrorKind.Transient
                ),
            DelayGenerator = args =>
                ValueTask.FromResult(
                    args.Outcome.Exception is ClientResultException e
                    && RetryAfterHints.From(e, time.GetUtcNow()) is { } wait
                        ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(wait.Ticks, options.MaxRetryDelay.Ticks))
                        : null
                ),
            OnRetry = args =>
            {
                var stage = "llm." + args.Context.Properties.GetValue(StageKey, LlmStage.Ideas).Name();
                stats.Add(stage + ".retries", 1);
                return ValueTask.CompletedTask;
            },
        };

    /// <summary>
    /// While the circuit is open nobody calls the endpoint; callers wait here until it half-opens, for at most
    /// MaxOutage from the first time this request found the circuit open.
    /// </summary>
    private static RetryStrategyOptions WaitOutOpenCircuit(LlmOptions options, TimeProvider time) =>
        new()
        {
            Name = "wait-out-open-circuit",
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Constant,
            Delay = TimeSpan.FromTicks(Math.Min(options.BreakDuration.Ticks, TimeSpan.TicksPerSecond)),
            ShouldHandle = args =>
            {
                if (args.Outcome.Exception is not BrokenCircuitException)
                    return ValueTask.FromResult(false);
                var now = time.GetUtcNow();
                if (!args.Context.Properties.TryGetValue(OutageStartKey, out var since))
                    args.Context.Properties.Set(OutageStartKey, since = now);
                return ValueTask.FromResult(now - since < options.MaxOutage);
            },
            DelayGenerator = args =>
                ValueTask.FromResult(
                    args.Outcome.Exception is BrokenCircuitException { RetryAfter: { } after } && after > TimeSpan.Zero
                        ? (TimeSpan?)after
                        : null
                ),
        };

    /// <summary>Opens when the endpoint is down (5xx, network errors, timeouts), not when it is merely busy (429).</summary>
    private static CircuitBreakerStrategyOptions EndpointDown(LlmOptions options, RunStats stats) =>
        new()
        {
            Name = "endpoint-down",
            FailureRatio = options.BreakFailureRatio,
            MinimumThroughput = options.BreakMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && LlmErrors.IsOutage(e)),
            OnOpened = _ =>
            {
                stats.Add("llm.circuit_opened", 1);
                return ValueTask.CompletedTask;
            },
        };

    private static RateLimiterStrategyOptions RequestsPerMinute(SlidingWindowLimiter limiter) =>
        new()
        {
            Name = "requests-per-minute",
            RateLimiter = async args => await limiter.AcquireAsync(1, args.Context.CancellationToken),
        };

    /// <summary>Reserves the request's token estimate and hands the lease on, so the client can correct it to the real count.</summary>
    private static RateLimiterStrategyOptions TokensPerMinute(SlidingWindowLimiter limiter) =>
        new()
        {
            Name = "tokens-per-minute",
            RateLimiter = async args =>
            {
                var estimate = args.Context.Properties.GetValue(TokenEstimateKey, 1);
                var lease = await limiter.AcquireAsync(estimate, args.Context.CancellationToken);
                args.Context.Properties.Set(TokenLeaseKey, lease);
                return lease;
            },
        };
}
