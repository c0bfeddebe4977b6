using System.Globalization;

namespace WebSight.Cli.Tests.Support;

/// <summary>Reads /proc to find the processes a child process started (Playwright's driver, Chromium).</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (
                !int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            )
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // "pid (name) state ppid ...": the name may hold spaces, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid != parent)
                    continue;
                found.Add(pid);
                frontier.Enqueue(pid);
            }
        }
        return found;
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>The Chromium browser processes (not their renderers or zygotes) under a process.</summary>
    public static IReadOnlyList<int> Browsers(int root) =>
        Descendants(root)
            .Select(pid => (Pid: pid, CommandLine: CommandLine(pid)))
            .Where(p =>
                p.CommandLine.Contains("--remote-debugging-pipe", StringComparison.Ordinal)
                && !p.CommandLine.Contains("--type=", StringComparison.Ordinal)
            )
            .Select(p => p.Pid)
            .ToList();
}
