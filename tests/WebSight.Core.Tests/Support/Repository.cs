namespace WebSight.Core.Tests.Support;

/// <summary>The checkout the tests run from, for tests that read the project's own files.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WebSight.sln")))
            directory = directory.Parent;
        return directory?.FullName
            ?? throw new InvalidOperationException($"No WebSight.sln in {AppContext.BaseDirectory} or above it.");
    }
}
