using System.Globalization;

namespace WebSight.Bench;

/// <summary>
/// Samples, four times a second, the machine's CPU use (from /proc/stat) and the resident memory of this
/// process plus every process it started (Playwright's driver, the Chromium browsers and renderers).
/// </summary>
internal sealed class ResourceSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly (long Busy, long Total) _start;
    private long _peakRssBytes;

    public ResourceSampler()
    {
        _start = CpuJiffies();
        _loop = Task.Run(LoopAsync);
    }

    public long PeakRssBytes => Interlocked.Read(ref _peakRssBytes);

    /// <summary>Share of all cores busy since the sampler started, 0..1.</summary>
    public double CpuUtilisation()
    {
        var now = CpuJiffies();
        var total = now.Total - _start.Total;
        return total == 0 ? 0 : (now.Busy - _start.Busy) / (double)total;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var rss = TreeRssBytes(Environment.ProcessId);
            if (rss > Interlocked.Read(ref _peakRssBytes))
                Interlocked.Exchange(ref _peakRssBytes, rss);
            try
            {
                await Task.Delay(250, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public static long TreeRssBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        var rss = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (
                !int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            )
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                rss[pid] = long.Parse(fields[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        long total = rss.GetValueOrDefault(root);
        var frontier = new Queue<int>([root]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid != parent)
                    continue;
                total += rss.GetValueOrDefault(pid);
                frontier.Enqueue(pid);
            }
        }
        return total;
    }

    private static (long Busy, long Total) CpuJiffies()
    {
        var fields = File.ReadLines("/proc/stat")
            .First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture))
            .ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
