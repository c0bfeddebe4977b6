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
            builder.AddRetry(
                new RetryStrategyOptions
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
                }
            );
        if (options.MaxOutage > TimeSpan.Zero)
            builder.AddRetry(
                new RetryStrategyOptions
                {
                    // While the circuit is open nobody calls the endpoint; callers wait here until it half-opens,
                    // for at most MaxOutage from the first time this request found the circuit open.
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
                            args.Outcome.Exception is BrokenCircuitException { RetryAfter: { } after }
                            && after > TimeSpan.Zero
                                ? (TimeSpan?)after
                                : null
                        ),
                }
            );
        builder.AddCircuitBreaker(
            new CircuitBreakerStrategyOptions
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
            }
        );
        builder.AddConcurrencyLimiter(options.Concurrency, queueLimit: int.MaxValue);
        if (requestLimiter is not null)
            builder.AddRateLimiter(
                new RateLimiterStrategyOptions
                {
                    Name = "requests-per-minute",
                    RateLimiter = async args => await requestLimiter.AcquireAsync(1, args.Context.CancellationToken),
                }
            );
        if (tokenLimiter is not null)
            builder.AddRateLimiter(
                new RateLimiterStrategyOptions
                {
                    Name = "tokens-per-minute",
                    RateLimiter = async args =>
                    {
                        var estimate = args.Context.Properties.GetValue(TokenEstimateKey, 1);
                        var lease = await tokenLimiter.AcquireAsync(estimate, args.Context.CancellationToken);
                        args.Context.Properties.Set(TokenLeaseKey, lease);
                        return lease;
                    },
                }
            );
        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }
}
