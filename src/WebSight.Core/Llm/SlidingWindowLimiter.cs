namespace WebSight.Core.Llm;

/// <summary>
/// At most <c>limit</c> permits in any window of the given length (a sliding log, so no burst of two full
/// windows back to back). Waiters queue in order and sleep on the <see cref="TimeProvider"/>, so tests can
/// drive minutes with a fake clock. A granted permit count can be corrected later (estimated tokens → actual).
/// </summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly LinkedList<Grant> _grants = new();
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private TaskCompletionSource _corrected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until <paramref name="permits"/> fit in the window, then records them at the current time.</summary>
    public async ValueTask<WindowLease> AcquireAsync(int permits, CancellationToken cancellationToken)
    {
        // A request larger than the whole window's budget waits for an empty window rather than forever.
        permits = Math.Clamp(permits, 1, limit);
        await _queue.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                TimeSpan wait;
                Task corrected;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    Prune(now);
                    var used = _grants.Sum(g => g.Permits);
                    if (used + permits <= limit)
                    {
                        var grant = new Grant(now, permits);
                        _grants.AddLast(grant);
                        return new WindowLease(this, grant);
                    }
                    // Wait until enough of the oldest grants have left the window.
                    var freed = 0;
                    var until = now;
                    foreach (var g in _grants)
                    {
                        freed += g.Permits;
                        until = g.At + window;
                        if (used - freed + permits <= limit)
                            break;
                    }
                    wait = until - now;
                    corrected = _corrected.Task;
                }
                // Wake when the oldest grants age out, or earlier when a correction frees room.
                await Task.WhenAny(
                    Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1), time, cancellationToken),
                    corrected
                );
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <summary>Replaces a grant's estimate by what was really used, once the server has counted it.</summary>
    public void Correct(Grant grant, int actualPermits)
    {
        lock (_lock)
        {
            grant.Permits = Math.Max(0, actualPermits);
            _corrected.TrySetResult();
            _corrected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_grants.First is { } first && first.Value.At + window <= now)
            _grants.RemoveFirst();
    }

    public void Dispose() => _queue.Dispose();

    /// <summary>Permits taken at one instant.</summary>
    internal sealed class Grant(DateTimeOffset at, int permits)
    {
        public DateTimeOffset At { get; } = at;

        public int Permits { get; set; } = permits;
    }
}
