using System.ClientModel;
using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// Chat completions as the generator needs them: from the cache when the same request was answered before,
/// else through the resilience pipeline, within the budgets, with usage counted per stage. Turns every
/// failure into one of: a refused request (reject the sample), a spent budget or an endpoint that stays down
/// (stop gracefully), or a configuration the endpoint refuses (stop the run with one message).
/// </summary>
internal sealed class LlmClient : IDisposable
{
    private readonly LlmOptions _options;
    private readonly IChatBackend _backend;

    // Opened at the first request, after the runner has set up (or cleared) the run directory.
    private readonly Lazy<LlmResponseCache>? _cache;
    private readonly UsageLedger _ledger;
    private readonly RunStats _stats;
    private readonly ResiliencePipeline _pipeline;
    private readonly SlidingWindowLimiter? _requestLimiter;
    private readonly SlidingWindowLimiter? _tokenLimiter;
    private readonly SecretRedactor _redactor;

    // The first request to each model goes alone: a bad key or a missing deployment then costs one call, not N.
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _firstCalls = new(StringComparer.Ordinal);
    private volatile LlmEndpointException? _fatal;

    public LlmClient(
        LlmOptions options,
        IChatBackend backend,
        Lazy<LlmResponseCache>? cache,
        UsageLedger ledger,
        RunStats stats,
        TimeProvider time
    )
    {
        _options = options;
        _backend = backend;
        _cache = cache;
        _ledger = ledger;
        _stats = stats;
        _redactor = new SecretRedactor([options.ApiKey]);
        if (options.RequestsPerMinute > 0)
            _requestLimiter = new SlidingWindowLimiter(options.RequestsPerMinute, options.RateWindow, time);
        if (options.TokensPerMinute > 0)
            _tokenLimiter = new SlidingWindowLimiter(options.TokensPerMinute, options.RateWindow, time);
        _pipeline = LlmResilience.Build(options, stats, time, _requestLimiter, _tokenLimiter);
    }

    public async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var stage = "llm." + request.Stage.Name();
        var key = CacheKey.For(_options.Provider, request);
        if (_cache?.Value.Find(key) is { } cached)
        {
            _stats.Add(stage + ".cache_hits", 1);
            // Cleaned again: the cache may predate redaction or have been filled with another key.
            return Cleaned(cached, stage);
        }
        if (_fatal is { } fatal)
            throw new LlmEndpointException(fatal.Message, fatal.Status);
        _ledger.EnsureBudgetLeft();

        // A batch answers in hours: no per-attempt timeout, retries, rate limits or first-call gate apply to it.
        var sent =
            _options.Mode == LlmMode.Batch
                ? await _backend.CompleteAsync(request, cancellationToken)
                : await SendGatedAsync(request, cancellationToken);
        var response = Cleaned(sent, stage);
        _stats.Add(stage + ".responses", 1);
        _ledger.Record(request, response);
        // A response cut off by the content filter is kept too: at the same settings the answer would not change.
        _cache?.Value.Store(key, request, response);
        return response;
    }

    /// <summary>
    /// The answer without a thinking model's reasoning and without keys: neither must reach the cache, rejects/
    /// as evidence, an idea list or a page.
    /// </summary>
    private ChatResponse Cleaned(ChatResponse response, string stage)
    {
        var text = response.Text;
        if (ThinkBlocks.Has(text))
        {
            _stats.Add(stage + ".think_blocks_removed", 1);
            text = ThinkBlocks.Strip(text);
        }
        return response with { Text = _redactor.Redact(text) };
    }

    private async Task<ChatResponse> SendGatedAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _firstCalls.GetOrAdd(request.Model, gate);
        if (first != gate)
        {
            await first.Task.WaitAsync(cancellationToken);
            return await SendAsync(request, cancellationToken);
        }
        try
        {
            var response = await SendAsync(request, cancellationToken);
            gate.TrySetResult();
            return response;
        }
        catch (LlmEndpointException e)
        {
            gate.TrySetException(e);
            throw;
        }
        catch
        {
            gate.TrySetResult();
            throw;
        }
    }

    private async Task<ChatResponse> SendAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(LlmResilience.StageKey, request.Stage);
        context.Properties.Set(LlmResilience.TokenEstimateKey, request.EstimatedPromptTokens + request.MaxOutputTokens);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (context, state) => await state.Client.AttemptAsync(state.Request, context),
                context,
                (Client: this, Request: request)
            );
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Translate(request, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<ChatResponse> AttemptAsync(ChatRequest request, ResilienceContext context)
    {
        var stage = "llm." + request.Stage.Name();
        // Checked per attempt: a request that waited out a rate limit must not spend a budget already gone.
        _ledger.EnsureBudgetLeft();
        _stats.Add(stage + ".requests", 1);
        try
        {
            var response = await _backend.CompleteAsync(request, context.CancellationToken);
            if (context.Properties.TryGetValue(LlmResilience.TokenLeaseKey, out var lease))
                lease.Correct(response.InputTokens + response.OutputTokens);
            return response;
        }
        catch (Exception e) when (LlmErrors.Classify(e) == LlmErrorKind.Transient)
        {
            _stats.Add(stage + (LlmErrors.IsRateLimited(e) ? ".rate_limited" : ".server_errors"), 1);
            throw;
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            // Polly's per-attempt timeout cancelled it; the timeout strategy reports it as a timeout.
            _stats.Add(stage + ".timeouts", 1);
            throw;
        }
    }

    private Exception Translate(ChatRequest request, Exception error)
    {
        // Every message made here is stored (rejects/) or printed; the server's words may hold a key.
        var where = _redactor.Redact(_backend.Describe(request.Model));
        switch (error)
        {
            case LlmBudgetExhaustedException:
                return error;
            case BrokenCircuitException:
                return new LlmUnavailableException(
                    $"The LLM endpoint ({where}) has been failing for longer than --llm-max-outage "
                        + $"({_options.MaxOutage.TotalSeconds:0} s); stopped. Run the same command again to resume.",
                    error
                );
        }
        var kind = LlmErrors.Classify(error);
        if (kind == LlmErrorKind.None)
            return error;
        var result = error as ClientResultException;
        // The SDK reads a body as a completion only after a success status.
        var status = result?.Status ?? (error is LlmMalformedAnswerException ? 200 : 0);
        var said = _redactor.Redact(result is null ? error.Message : LlmErrors.ServerMessage(result));
        switch (kind)
        {
            case LlmErrorKind.Fatal:
                var message =
                    error is LlmMalformedAnswerException
                        ? MalformedMessage(said, where)
                        : FatalMessage(request, status, said, where);
                var fatal = new LlmEndpointException(message, status);
                _fatal ??= fatal;
                return fatal;
            case LlmErrorKind.Refused when error is LlmAnswerTooLargeException:
                return new LlmRequestRefusedException($"{where}: {said}", status, RejectReason.LlmAnswerTooLarge);
            case LlmErrorKind.Refused:
                _stats.Add("llm." + request.Stage.Name() + ".refused", 1);
                return new LlmRequestRefusedException(
                    $"{where} refused the request ({status}): {said}",
                    status,
                    result is not null && LlmErrors.IsContentFilter(result)
                        ? RejectReason.ContentFiltered
                        : RejectReason.GenerationFailed
                );
            default:
                return new LlmUnavailableException(
                    $"The LLM endpoint ({where}) still failed after {_options.MaxRetries} retries "
                        + $"({(status == 0 ? error.GetType().Name : status.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {said}); "
                        + "stopped. Run the same command again to resume.",
                    error
                );
        }
    }

    private string FatalMessage(ChatRequest request, int status, string said, string where)
    {
        var azure = _options.Provider == LlmProvider.Azure;
        return status switch
        {
            401 or 403 => $"{where} refused the credentials ({status}: {said}). "
                + (
                    azure
                        ? "Check --api-key or AZURE_OPENAI_API_KEY, or the Microsoft Entra ID role of the signed-in identity."
                        : "Check --api-key or OPENAI_API_KEY."
                ),
            404 => $"{where} was not found ({said}). "
                + (
                    azure
                        ? $"Check --azure-deployment / --azure-{request.Stage.Name()}-deployment and --azure-endpoint."
                        : $"Check --model / --{request.Stage.Name()}-model and --llm-base-url (it usually ends in /v1)."
                ),
            _ => $"{where} refused the run ({status}: {said}).",
        };
    }

    private string MalformedMessage(string problem, string where) =>
        $"{where} did not answer with a chat completion ({problem}). "
        + (
            _options.Provider == LlmProvider.Azure
                ? "Check --azure-endpoint (the resource's https://NAME.openai.azure.com/)."
                : "Check --llm-base-url (it usually ends in /v1)."
        );

    public void Dispose()
    {
        _requestLimiter?.Dispose();
        _tokenLimiter?.Dispose();
    }
}
