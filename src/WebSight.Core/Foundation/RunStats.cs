using System.Collections.Concurrent;
using System.Diagnostics;

namespace WebSight.Core.Foundation;

/// <summary>Counters by stage and by rejection reason, plus time spent per stage. Thread-safe; written as stats.json.</summary>
internal sealed class RunStats
{
    private readonly ConcurrentDictionary<string, StageCounter> _stages = new();
    private readonly ConcurrentDictionary<string, long> _rejections = new();
    private readonly ConcurrentDictionary<string, double> _counters = new();
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private long _accepted;
    private long _resumed;

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Rejected => _rejections.Values.Sum();

    public TimeSpan Elapsed => _wall.Elapsed;

    public void Resumed(long count) => Interlocked.Add(ref _resumed, count);

    public void Record(string stage, TimeSpan duration, bool passed)
    {
        var counter = _stages.GetOrAdd(stage, _ => new StageCounter());
        counter.Add(duration, passed);
    }

    public void Reject(RejectReason reason) => _rejections.AddOrUpdate(reason.Code(), 1, (_, n) => n + 1);

    public void Accept() => Interlocked.Increment(ref _accepted);

    /// <summary>Adds to a named counter, such as tokens or cost per LLM stage; counters appear in stats.json.</summary>
    public void Add(string counter, double amount) =>
        _counters.AddOrUpdate(counter, amount, (_, total) => total + amount);

    public double Counter(string counter) => _counters.GetValueOrDefault(counter);

    public StatsSnapshot Snapshot()
    {
        var seconds = Math.Max(_wall.Elapsed.TotalSeconds, 1e-9);
        return new StatsSnapshot(
            Accepted,
            Interlocked.Read(ref _resumed),
            Rejected,
            new SortedDictionary<string, long>(_rejections),
            new SortedDictionary<string, StageSnapshot>(_stages.ToDictionary(p => p.Key, p => p.Value.Snapshot())),
            new SortedDictionary<string, double>(_counters),
            Math.Round(seconds, 3),
            Math.Round(Accepted / seconds, 3)
        );
    }

    public Task WriteAsync(string path, CancellationToken cancellationToken) =>
        Snapshot().WriteAsync(path, cancellationToken);

    private sealed class StageCounter
    {
        private long _in;
        private long _out;
        private long _ticks;

        public void Add(TimeSpan duration, bool passed)
        {
            Interlocked.Increment(ref _in);
            if (passed)
                Interlocked.Increment(ref _out);
            Interlocked.Add(ref _ticks, duration.Ticks);
        }

        public StageSnapshot Snapshot()
        {
            var count = Interlocked.Read(ref _in);
            var seconds = TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalSeconds;
            return new StageSnapshot(
                count,
                Interlocked.Read(ref _out),
                count - Interlocked.Read(ref _out),
                Math.Round(seconds, 3),
                count == 0 ? 0 : Math.Round(seconds * 1000 / count, 3)
            );
        }
    }
}
