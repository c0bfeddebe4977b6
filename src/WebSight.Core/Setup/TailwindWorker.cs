using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebSight.Core.Foundation;

namespace WebSight.Core.Setup;

/// <summary>
/// One long-lived Node process running <c>tailwind-worker.mjs</c> with a pinned Tailwind 3 or 4 compiler: a page's
/// class candidates go in as one JSON line, its compiled CSS comes back as one. Requests are serialised; a worker
/// that dies is started again on the next request. Reached through <see cref="TailwindCompiler"/>.
/// </summary>
internal sealed class TailwindWorker : IDisposable
{
    private readonly TailwindProfile _profile;
    private readonly string _modules;
    private readonly string _node;
    private readonly Lock _gate = new();
    private Process? _process;

    private TailwindWorker(TailwindProfile profile, string modules, string node)
    {
        _profile = profile;
        _modules = modules;
        _node = node;
    }

    /// <summary>Starts a worker for <paramref name="profile"/> with the compiler in <paramref name="modules"/>.</summary>
    public static TailwindWorker Start(TailwindProfile profile, string modules)
    {
        var script = TailwindCompilerPackage.WorkerPath();
        if (!File.Exists(script))
            throw new SetupException($"{script} is missing from the tool's folder; rebuild websight.");
        var worker = new TailwindWorker(profile, modules, TailwindCompilerPackage.FindNode()!);
        lock (worker._gate)
            worker.EnsureRunning();
        return worker;
    }

    /// <summary>The whole stylesheet for a page using <paramref name="candidates"/>: base styles and their utilities.</summary>
    public string Compile(IEnumerable<string> candidates)
    {
        var reply = Ask("css", candidates);
        return reply["css"]?.GetValue<string>() ?? throw Broken("an answer without css");
    }

    /// <summary>For each candidate, whether the compiler makes a rule for it.</summary>
    public bool[] Known(IReadOnlyList<string> candidates)
    {
        if (candidates.Count == 0)
            return [];
        var reply = Ask("known", candidates);
        var known = reply["known"]?.AsArray() ?? throw Broken("an answer without known");
        return [.. known.Select(k => k?.GetValue<bool>() ?? false)];
    }

    private JsonObject Ask(string op, IEnumerable<string> candidates)
    {
        var request = new JsonObject
        {
            ["op"] = op,
            ["candidates"] = new JsonArray([.. candidates.Select(c => JsonValue.Create(c))]),
        };
        var line = request.ToJsonString();
        lock (_gate)
        {
            for (var attempt = 1; ; attempt++)
            {
                EnsureRunning();
                try
                {
                    _process!.StandardInput.WriteLine(line);
                    _process.StandardInput.Flush();
                    var answer =
                        _process.StandardOutput.ReadLine() ?? throw new IOException("the worker closed its output");
                    var reply = JsonNode.Parse(answer)!.AsObject();
                    if (reply["error"] is { } error)
                        throw Broken(error.GetValue<string>());
                    return reply;
                }
                catch (IOException) when (attempt < 2)
                {
                    Stop();
                }
            }
        }
    }

    private void EnsureRunning()
    {
        if (_process is { HasExited: false })
            return;
        Stop();
        var start = new ProcessStartInfo(_node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(TailwindCompilerPackage.WorkerPath());
        start.ArgumentList.Add(_profile.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(_modules);
        _process = Process.Start(start) ?? throw new SetupException($"{_node} did not start.");
        var ready = _process.StandardOutput.ReadLine();
        if (ready is null || !ready.Contains("ready", StringComparison.Ordinal))
            throw new SetupException(
                $"The Tailwind CSS {_profile.Number} compiler worker did not start (node {_node}, modules {_modules}); "
                    + "run scripts/bootstrap.sh again."
            );
    }

    private SetupException Broken(string what) =>
        new($"The Tailwind CSS {_profile.Number} compiler worker failed: {what}");

    private void Stop()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(2000))
                    _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        lock (_gate)
            Stop();
    }
}
