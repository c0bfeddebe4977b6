using System.Diagnostics;

namespace WebSight.Cli.Tests.Support;

/// <summary>Runs the built `websight` as a child process, the way a user does, and captures what it prints.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

internal static class CliProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "websight.dll");

    public static Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        // Through env(1) so SIGINT has its default disposition, as under a terminal: a test host started as a
        // background job inherits SIGINT ignored, and .NET rightly never installs a Ctrl+C handler then.
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }

    public static Task<CliResult> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    public static Task<CliResult> RunAsync(
        IReadOnlyDictionary<string, string> environment,
        params string[] arguments
    ) => RunAsync(TimeSpan.FromMinutes(5), environment, arguments);

    /// <summary>
    /// Runs websight to its end. One still running after <paramref name="hangGuard"/> is hung: it is killed with its
    /// children and the test fails saying so, rather than hanging the test run too.
    /// </summary>
    public static async Task<CliResult> RunAsync(
        TimeSpan hangGuard,
        IReadOnlyDictionary<string, string> environment,
        params string[] arguments
    )
    {
        using var process = Start(environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(hangGuard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail(
                $"websight {string.Join(' ', arguments)} was still running after {hangGuard.TotalSeconds:0} s; "
                    + $"it printed:\n{await output}{await error}"
            );
        }
        return new CliResult(process.ExitCode, await output, await error);
    }
}
