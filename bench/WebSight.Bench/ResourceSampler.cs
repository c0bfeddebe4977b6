using System.Globalization;
using WebSight.Core.Setup;

namespace WebSight.Bench;

/// <summary>
/// Samples, four times a second, the machine's CPU use (from /proc/stat), and the resident memory and CPU time of
/// this process and every process it started (Playwright's driver, the Chromium browsers, their GPU and renderer
/// processes), the CPU time grouped by what the process does.
/// </summary>
internal sealed class ResourceSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly (long Busy, long Total) _start;
    private long _peakRssBytes;
    private readonly Dictionary<int, ProcessCpu> _cpu = [];

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

    /// <summary>CPU seconds used since the sampler started, by kind of process (see <see cref="KindOf"/>).</summary>
    public IReadOnlyDictionary<string, double> CpuSecondsByKind()
    {
        Sample();
        lock (_cpu)
        {
            return _cpu
                .Values.GroupBy(p => p.Kind)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.Last - p.First) / (double)ClockTicksPerSecond);
        }
    }

    private const int ClockTicksPerSecond = 100;

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
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

    private void Sample()
    {
        var tree = Tree(Environment.ProcessId);
        var rss = tree.Sum(p => p.RssBytes);
        if (rss > Interlocked.Read(ref _peakRssBytes))
            Interlocked.Exchange(ref _peakRssBytes, rss);
        lock (_cpu)
        {
            foreach (var process in tree)
            {
                if (_cpu.TryGetValue(process.Pid, out var known))
                    _cpu[process.Pid] = known with { Last = process.CpuTicks };
                else
                    _cpu[process.Pid] = new ProcessCpu(KindOf(process.Pid), process.CpuTicks, process.CpuTicks);
            }
        }
    }

    /// <summary>
    /// What a process of the tree does: this tool, Playwright's driver, the Tailwind 3/4 compiler worker, or a
    /// Chromium process by its --type
    /// (the browser process encodes screenshots and serves DevTools; the GPU process composites, in software here;
    /// renderers parse, style, lay out and rasterise).
    /// </summary>
    private static string KindOf(int pid)
    {
        if (pid == Environment.ProcessId)
            return "tool";
        string commandLine;
        try
        {
            commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "other";
        }
        if (commandLine.Contains(TailwindCompilerPackage.WorkerScript, StringComparison.Ordinal))
            return "tailwind";
        if (!commandLine.Contains("chrom", StringComparison.Ordinal))
            return commandLine.Contains("node", StringComparison.Ordinal) ? "driver" : "other";
        var type = commandLine.IndexOf("--type=", StringComparison.Ordinal);
        return type < 0 ? "browser" : commandLine[(type + 7)..].Split(' ', 2)[0];
    }

    public static long TreeRssBytes(int root) => Tree(root).Sum(p => p.RssBytes);

    private static List<TreeProcess> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        var rss = new Dictionary<int, long>();
        var cpu = new Dictionary<int, long>();
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
                cpu[pid] =
                    long.Parse(fields[11], CultureInfo.InvariantCulture)
                    + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        var tree = new List<TreeProcess> { new(root, rss.GetValueOrDefault(root), cpu.GetValueOrDefault(root)) };
        var frontier = new Queue<int>([root]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid != parent)
                    continue;
                tree.Add(new TreeProcess(pid, rss.GetValueOrDefault(pid), cpu.GetValueOrDefault(pid)));
                frontier.Enqueue(pid);
            }
        }
        return tree;
    }

    private sealed record TreeProcess(int Pid, long RssBytes, long CpuTicks);

    private sealed record ProcessCpu(string Kind, long First, long Last);

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
