using WebSight.Core.Foundation;

namespace WebSight.Core.Setup;

/// <summary>
/// A Tailwind compiler installed by the bootstrap: <c>npm ci</c> of the committed <c>scripts/tailwind/N</c>
/// package.json and lock file (whose integrity hashes pin every package) into <c>~/.cache/websight/tailwind-N</c>.
/// This finds it and checks that the pinned version is the one installed.
/// </summary>
internal sealed class TailwindCompilerPackage
{
    public static readonly TailwindCompilerPackage V3 = new(3, "tailwindcss", "3.4.19");
    public static readonly TailwindCompilerPackage V4 = new(4, "@tailwindcss/node", "4.3.5");

    /// <summary>Points at a folder holding node_modules of another install (for instance a shared one).</summary>
    public const string EnvironmentVariablePrefix = "WEBSIGHT_TAILWIND";

    /// <summary>Where the worker script lies next to the tool's binaries.</summary>
    public const string WorkerScript = "tailwind-worker.mjs";

    private TailwindCompilerPackage(int number, string package, string version)
    {
        Number = number;
        Package = package;
        Version = version;
    }

    public int Number { get; }

    public string Package { get; }

    public string Version { get; }

    public string EnvironmentVariable => $"{EnvironmentVariablePrefix}{Number}_DIR";

    public static TailwindCompilerPackage For(TailwindProfile profile) =>
        profile.Number switch
        {
            3 => V3,
            4 => V4,
            _ => throw new ArgumentException("profile 2 uses the static stylesheet", nameof(profile)),
        };

    public string DefaultDirectory() =>
        Path.Combine(
            Path.GetDirectoryName(Path.GetDirectoryName(TailwindStylesheet.DefaultCachePath())!)!,
            $"tailwind-{Number}"
        );

    public string Directory() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : DefaultDirectory();

    /// <summary>True when the pinned compiler is installed (the tests skip nothing with it; `stats` reports only installed profiles).</summary>
    public bool IsInstalled() => InstalledVersion(Directory()) == Version && FindNode() is not null;

    /// <summary>The folder with node_modules, or a <see cref="SetupException"/> saying how to install it.</summary>
    public string Locate()
    {
        var directory = Directory();
        var installed = InstalledVersion(directory);
        var node = FindNode();
        if (installed == Version && node is not null)
            return directory;
        var found = installed is null ? "is not installed" : $"is version {installed}, not {Version}";
        var lacking = node is null
            ? " Node.js (node) is not on PATH either; install it (apt-get install -y nodejs npm)."
            : "";
        throw new SetupException(
            $"The Tailwind CSS {Number} compiler ({Package}@{Version}) {found} in {directory}.{lacking} "
                + $"Run scripts/bootstrap.sh (or ./websight), which installs it with npm, then run again."
        );
    }

    /// <summary>The worker script copied beside the binaries.</summary>
    public static string WorkerPath() => Path.Combine(AppContext.BaseDirectory, WorkerScript);

    /// <summary>The node executable on PATH, or null.</summary>
    public static string? FindNode()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (folder.Length == 0)
                continue;
            var candidate = Path.Combine(folder, "node");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    private string? InstalledVersion(string directory)
    {
        var manifest = Path.Combine(directory, "node_modules", Package, "package.json");
        if (!File.Exists(manifest))
            return null;
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
