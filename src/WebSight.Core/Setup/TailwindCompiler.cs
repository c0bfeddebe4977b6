using WebSight.Core.Foundation;

namespace WebSight.Core.Setup;

/// <summary>
/// A lease on the process's Tailwind 3 or 4 compiler worker: a page's class candidates in, its CSS out; and which
/// classes make no rule. Every renderer and the validator of a run share one worker per profile (leased here, stopped
/// when the last lease is disposed), so the process starts once and the classes validation asked about are already
/// compiled when the page is rendered. A page's CSS is still exactly its own (the worker rebuilds it per request).
/// </summary>
internal sealed class TailwindCompiler : IDisposable
{
    private static readonly Lock Registry = new();
    private static readonly Dictionary<string, (TailwindWorker Worker, int Leases)> Running = new(
        StringComparer.Ordinal
    );

    private readonly string _key;
    private readonly TailwindWorker _worker;
    private int _disposed;

    private TailwindCompiler(TailwindProfile profile, string key, TailwindWorker worker)
    {
        Profile = profile;
        _key = key;
        _worker = worker;
    }

    public TailwindProfile Profile { get; }

    /// <summary>A lease on the worker for <paramref name="profile"/> (3 or 4); a missing compiler is a <see cref="SetupException"/>.</summary>
    public static TailwindCompiler Start(TailwindProfile profile)
    {
        var modules = TailwindCompilerPackage.For(profile).Locate();
        var key = $"{profile.Number}\n{modules}";
        lock (Registry)
        {
            var (worker, leases) = Running.TryGetValue(key, out var running)
                ? running
                : (TailwindWorker.Start(profile, modules), 0);
            Running[key] = (worker, leases + 1);
            return new TailwindCompiler(profile, key, worker);
        }
    }

    /// <summary>The whole stylesheet for a page using <paramref name="candidates"/>: base styles and their utilities.</summary>
    public string Compile(IEnumerable<string> candidates) => _worker.Compile(candidates);

    /// <summary>For each candidate, whether the compiler makes a rule for it.</summary>
    public bool[] Known(IReadOnlyList<string> candidates) => _worker.Known(candidates);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        lock (Registry)
        {
            var (worker, leases) = Running[_key];
            if (leases > 1)
            {
                Running[_key] = (worker, leases - 1);
                return;
            }
            Running.Remove(_key);
            worker.Dispose();
        }
    }
}
