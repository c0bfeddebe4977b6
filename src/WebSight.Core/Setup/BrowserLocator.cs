using WebSight.Core.Foundation;

namespace WebSight.Core.Setup;

/// <summary>
/// Finds a Chromium to drive: a configured path, then Playwright's own browser cache, then the system's
/// headless shell or Chromium. The light <c>chromium-headless-shell</c> is preferred: it renders faster.
/// </summary>
internal static class BrowserLocator
{
    public const string EnvironmentVariable = "WEBSIGHT_CHROMIUM";

    private static readonly string[] SystemCandidates =
    [
        "/usr/lib/chromium/chromium-headless-shell",
        "/usr/lib/chromium/headless_shell",
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
    ];

    public static string Locate(string? configuredPath)
    {
        if (!string.IsNullOrEmpty(configuredPath))
        {
            return File.Exists(configuredPath)
                ? configuredPath
                : throw new SetupException($"--browser-path: no browser at {configuredPath}.");
        }
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new SetupException($"{EnvironmentVariable} points at {fromEnvironment}, which does not exist.");
        }
        return PlaywrightCacheCandidates().Concat(SystemCandidates).FirstOrDefault(File.Exists)
            ?? throw new SetupException(
                "No Chromium found. Install it with: apt-get update && apt-get install -y chromium "
                    + "(or run ./websight, which installs it), or point --browser-path / "
                    + EnvironmentVariable
                    + " at a Chromium or chromium-headless-shell binary."
            );
    }

    private static List<string> PlaywrightCacheCandidates()
    {
        var root = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (string.IsNullOrEmpty(root) || root == "0")
            root = Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                ".cache",
                "ms-playwright"
            );
        if (!Directory.Exists(root))
            return [];
        var shells = Directory
            .EnumerateDirectories(root, "chromium_headless_shell-*")
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(dir =>
                new[]
                {
                    Path.Combine(dir, "chrome-headless-shell-linux64", "chrome-headless-shell"),
                    Path.Combine(dir, "chrome-linux", "headless_shell"),
                }
            );
        var full = Directory
            .EnumerateDirectories(root, "chromium-*")
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(dir =>
                new[] { Path.Combine(dir, "chrome-linux64", "chrome"), Path.Combine(dir, "chrome-linux", "chrome") }
            );
        return shells.Concat(full).ToList();
    }
}
