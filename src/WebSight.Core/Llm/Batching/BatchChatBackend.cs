using System.Collections.Concurrent;
using System.Threading.Channels;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm.Batching;

/// <summary>
/// Chat completions through the provider's batch API, behind the same <see cref="IChatBackend"/> the chat path
/// uses, so answers go through the normal cleaning, validation, rendering and writing. Each sample's request
/// waits here; requests that arrive together (the generate stage's workers, all waiting) are written as JSONL,
/// uploaded and submitted as one batch within the provider's limits, watched with growing pauses, and
/// collected: completions into the results store, refusals into the journal, and requests with no answer
/// (expired, cancelled, rate-limited) sent again in the next batch. The request's cache key is its custom id,
/// so a restarted run finds its requests in the batches it already submitted and never pays for them twice.
/// </summary>
internal sealed partial class BatchChatBackend : IChatBackend, IDisposable
{
    private readonly LlmOptions _options;
    private readonly BatchApi _api;
    private readonly BatchJournal _journal;
    private readonly UsageLedger _ledger;
    private readonly RunStats _stats;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Waiter> _waiters = new(StringComparer.Ordinal);

    // Custom id → the provider's id of the batch it is in, while that batch is not collected.
    private readonly ConcurrentDictionary<string, string> _submitted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Message, bool TooLarge)> _refused = new(
        StringComparer.Ordinal
    );
    private readonly Channel<Waiter> _queue = Channel.CreateUnbounded<Waiter>();
    private readonly ConcurrentBag<Task> _tasks = [];
    private readonly Lock _startLock = new();
    private LlmResponseCache? _results;
    private volatile Exception? _fatal;

    public BatchChatBackend(
        LlmOptions options,
        BatchApi api,
        BatchJournal journal,
        UsageLedger ledger,
        RunStats stats,
        TimeProvider time
    )
    {
        _options = options;
        _api = api;
        _journal = journal;
        _ledger = ledger;
        _stats = stats;
        _time = time;
    }

    public string Describe(string model) =>
        _options.Provider == LlmProvider.Azure
            ? $"Azure OpenAI deployment '{model}' (batch API) at {_options.Endpoint.GetLeftPart(UriPartial.Path)}"
            : $"model '{model}' (batch API) at {_options.Endpoint.GetLeftPart(UriPartial.Path)}";

    public async Task<ChatResponse> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var results = Start();
        if (_fatal is { } fatal)
            throw fatal;
        var id = CacheKey.For(_options.Provider, request);
        var waiter = new Waiter(id, request);
        var existing = _waiters.GetOrAdd(id, waiter);
        if (existing == waiter)
            Route(waiter, results);
        // A loop that failed after the check above has already failed the waiters it saw; not this one.
        if (_fatal is { } late)
            Fail(existing, late);
        return await existing.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Opens the results store and picks up the batches of an earlier run — at the first request, after the
    /// runner has set up (or cleared) the run directory — and starts the submitting loop.
    /// </summary>
    private LlmResponseCache Start()
    {
        if (_results is { } opened)
            return opened;
        lock (_startLock)
        {
            if (_results is not null)
                return _results;
            var results = new LlmResponseCache(_journal.ResultsStore);
            foreach (var record in _journal.Load())
            {
                foreach (var (id, message) in record.Refused)
                    _refused[id] = (message, record.TooLarge.Contains(id));
                if (record.Collected)
                    continue;
                foreach (var id in record.CustomIds)
                    _submitted[id] = record.BatchId;
                _stats.Add("llm.batch.resumed", 1);
                if (record.Pending)
                    _tasks.Add(Task.Run(() => Guard(token => AdoptAsync(record, token))));
                else
                    Watch(record, TimeSpan.Zero);
            }
            _tasks.Add(Task.Run(() => Guard(SubmitLoopAsync)));
            _results = results;
            return results;
        }
    }

    /// <summary>
    /// Sends a request where its answer is: the results store, the refusals, a batch still running (its watcher
    /// resolves it), or the queue of the next batch. Submitted is checked first: a batch's answers are stored
    /// before its requests leave <see cref="_submitted"/>, so no request is queued while its answer is on the way.
    /// </summary>
    private void Route(Waiter waiter, LlmResponseCache results)
    {
        if (_submitted.ContainsKey(waiter.Id))
            return;
        if (results.Find(waiter.Id) is { } response)
            Resolve(waiter, response);
        else if (_refused.TryGetValue(waiter.Id, out var refusal))
            Fail(
                waiter,
                refusal.TooLarge
                    ? new LlmRequestRefusedException(
                        $"{Describe(waiter.Request.Model)}: {refusal.Message}",
                        200,
                        RejectReason.LlmAnswerTooLarge
                    )
                    : new LlmRequestRefusedException(
                        $"{Describe(waiter.Request.Model)} refused the request: {refusal.Message}",
                        400,
                        RejectReason.GenerationFailed
                    )
            );
        else if (Interlocked.Exchange(ref waiter.Queued, 1) == 0)
            _queue.Writer.TryWrite(waiter);
    }

    private void Resolve(Waiter waiter, ChatResponse response)
    {
        Unreserve(waiter);
        _waiters.TryRemove(new KeyValuePair<string, Waiter>(waiter.Id, waiter));
        waiter.Done.TrySetResult(response);
    }

    private void Fail(Waiter waiter, Exception error)
    {
        Unreserve(waiter);
        _waiters.TryRemove(new KeyValuePair<string, Waiter>(waiter.Id, waiter));
        waiter.Done.TrySetException(error);
    }

    private void Unreserve(Waiter waiter)
    {
        _ledger.Release(waiter.ReservedTokens, waiter.ReservedCost);
        (waiter.ReservedTokens, waiter.ReservedCost) = (0, 0);
    }

    /// <summary>Runs a background loop; its failure (a refused key, a missing route) fails every waiting request.</summary>
    private async Task Guard(Func<CancellationToken, Task> loop)
    {
        try
        {
            await loop(_stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
        catch (Exception e)
        {
            _fatal ??= e;
            foreach (var waiter in _waiters.Values)
                Fail(waiter, _fatal);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _queue.Writer.TryComplete();
        try
        {
            Task.WhenAll(_tasks).Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException) { }
        _results?.Dispose();
        _stop.Dispose();
    }

    /// <summary>One request waiting for its answer, and what it has booked against the budget.</summary>
    private sealed class Waiter(string id, ChatRequest request)
    {
        public string Id { get; } = id;

        public ChatRequest Request { get; } = request;

        public TaskCompletionSource<ChatResponse> Done { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Queued;
        public long ReservedTokens;
        public double ReservedCost;
    }
}
