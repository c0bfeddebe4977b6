using System.Collections.Concurrent;

namespace WebSight.Core.Setup;

/// <summary>
/// The classes of a compiled profile (3 or 4): a class is known when the compiler makes a rule for it. Each name
/// is asked once and remembered, so after the first pages almost every check is a dictionary look-up.
/// </summary>
internal sealed class CompiledClasses(TailwindCompiler compiler) : ITailwindClasses, IDisposable
{
    /// <summary>Past this many names the memory starts over: page text can make up class names without end.</summary>
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public TailwindProfile Profile => compiler.Profile;

    public static CompiledClasses Start(TailwindProfile profile) => new(TailwindCompiler.Start(profile));

    public IReadOnlySet<string> Unknown(IReadOnlyCollection<string> names)
    {
        names = names.Where(n => !IsMarker(n)).ToList();
        var asked = names.Where(n => !_known.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count > 0)
        {
            if (_known.Count > MaxRemembered)
                _known.Clear();
            var answers = compiler.Known(asked);
            for (var i = 0; i < asked.Count; i++)
                _known[asked[i]] = answers[i];
        }
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A name cleared by another thread since is asked again rather than guessed.
            if (!_known.TryGetValue(name, out var known))
                known = compiler.Known([name])[0];
            if (!known)
                unknown.Add(name);
        }
        return unknown;
    }

    /// <summary>
    /// <c>group</c> and <c>peer</c> (named or not) make no rule of their own: they mark the element that
    /// <c>group-hover:</c> and <c>peer-checked:</c> refer to, so they are Tailwind and not unknown.
    /// </summary>
    private static bool IsMarker(string name) =>
        name is "group" or "peer"
        || name.StartsWith("group/", StringComparison.Ordinal)
        || name.StartsWith("peer/", StringComparison.Ordinal);

    public void Dispose() => compiler.Dispose();
}
