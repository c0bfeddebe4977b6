using System.Security.Cryptography;
using WebSight.Core.Foundation;

namespace WebSight.Core.Setup;

/// <summary>
/// The prebuilt <c>dist/tailwind.min.css</c> of npm <c>tailwindcss@2.2.19</c>, the sheet WebSight pages link.
/// It is fetched once by the bootstrap script and cached outside the repository; this finds and checks it.
/// </summary>
internal sealed class TailwindStylesheet
{
    public const string Version = "2.2.19";

    /// <summary>SHA-256 of the published file, so a truncated or foreign copy is refused instead of rendering wrong.</summary>
    public const string Sha256 = "b6ad97402eddb903e7a5d7a73ee47a679204efbdda4521a391cbad9df509b932";

    public const string EnvironmentVariable = "WEBSIGHT_TAILWIND_CSS";

    /// <summary>The link WebSight v0.2 pages carry, and so ours.</summary>
    public const string CdnUrl = "https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css";

    /// <summary>The usual CDN addresses of this sheet: pages linking any of them are served the local copy.</summary>
    private static readonly HashSet<string> CdnLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        CdnUrl,
        "https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.css",
        "https://unpkg.com/tailwindcss@2.2.19/dist/tailwind.min.css",
        "https://unpkg.com/tailwindcss@^2/dist/tailwind.min.css",
        "https://unpkg.com/tailwindcss@2/dist/tailwind.min.css",
    };

    public static bool IsCdnLink(string url) => CdnLinks.Contains(url.Trim());

    private TailwindStylesheet(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public static string DefaultCachePath()
    {
        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome))
            cacheHome = System.IO.Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                ".cache"
            );
        return System.IO.Path.Combine(cacheHome, "websight", $"tailwindcss-{Version}", "tailwind.min.css");
    }

    /// <summary>Loads the sheet from an explicit path, the environment variable, or the cache, in that order.</summary>
    public static TailwindStylesheet Load(string? configuredPath = null)
    {
        var path =
            configuredPath
            ?? (
                Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                    ? fromEnvironment
                    : DefaultCachePath()
            );
        if (!File.Exists(path))
            throw new SetupException(
                $"The Tailwind CSS {Version} stylesheet is not at {path}. Run ./websight (it fetches it), or fetch it yourself: "
                    + $"npm pack tailwindcss@{Version} && tar -xzf tailwindcss-{Version}.tgz package/dist/tailwind.min.css "
                    + $"and copy it there (or set {EnvironmentVariable})."
            );
        var bytes = File.ReadAllBytes(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != Sha256)
            throw new SetupException(
                $"{path} is not the tailwindcss@{Version} dist/tailwind.min.css (sha256 {actual}); delete it and run ./websight again."
            );
        return new TailwindStylesheet(path, bytes);
    }
}
