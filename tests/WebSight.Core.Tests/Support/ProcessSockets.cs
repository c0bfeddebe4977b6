using System.Globalization;
using System.Net;

namespace WebSight.Core.Tests.Support;

/// <summary>
/// The UDP sockets held right now by the processes this test process started (Playwright's driver and the
/// browsers it launched), read from /proc: which address and port each is bound to, and its peer if connected.
/// </summary>
internal static class ProcessSockets
{
    internal sealed record UdpSocket(int ProcessId, IPAddress Local, int LocalPort, IPAddress Remote)
    {
        public override string ToString() => $"pid {ProcessId}: {Local}:{LocalPort} -> {Remote}";
    }

    public static IReadOnlyList<UdpSocket> UdpOfDescendants()
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pid in Descendants(Environment.ProcessId))
        {
            foreach (var inode in SocketInodes(pid))
                owners[inode] = pid;
        }
        var sockets = new List<UdpSocket>();
        foreach (var table in new[] { "/proc/net/udp", "/proc/net/udp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (owners.TryGetValue(columns[9], out var owner))
                {
                    var (local, port) = Endpoint(columns[1]);
                    sockets.Add(new UdpSocket(owner, local, port, Endpoint(columns[2]).Address));
                }
            }
        }
        return sockets;
    }

    private static IEnumerable<string> SocketInodes(int pid)
    {
        string[] descriptors;
        try
        {
            descriptors = Directory.GetFileSystemEntries($"/proc/{pid}/fd");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break; // The process ended meanwhile.
        }
        foreach (var descriptor in descriptors)
        {
            string? target;
            try
            {
                target = new FileInfo(descriptor).LinkTarget;
            }
            catch (IOException)
            {
                continue;
            }
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                yield return target["socket:[".Length..^1];
        }
    }

    /// <summary>Every process whose chain of parents reaches <paramref name="root"/>.</summary>
    private static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
                continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            // The command name may hold spaces and parentheses; the fields after its last ')' do not.
            var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            children.TryAdd(parent, []);
            children[parent].Add(pid);
        }
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>An address:port of /proc/net/udp*: the address as 32-bit words in host (little-endian) order.</summary>
    private static (IPAddress Address, int Port) Endpoint(string text)
    {
        var parts = text.Split(':');
        var hex = parts[0];
        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < hex.Length / 8; word++)
        {
            var value = uint.Parse(hex.AsSpan(word * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            BitConverter.TryWriteBytes(bytes.AsSpan(word * 4, 4), value);
        }
        return (new IPAddress(bytes), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
