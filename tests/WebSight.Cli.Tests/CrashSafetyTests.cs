using System.Diagnostics;
using System.Globalization;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>The tool killed outright, and Chromium killed under it: nothing lost, nothing duplicated.</summary>
public sealed class CrashSafetyTests
{
    private static void Kill(int pid, string signal = "KILL")
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static int CommittedParts(string directory) =>
        Directory.Exists(Path.Combine(directory, "parts"))
            ? Directory.GetFiles(Path.Combine(directory, "parts"), "*.parquet").Length
            : 0;

    private static async Task WaitUntilAsync(Func<bool> condition, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition() && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(50);
    }

    [Fact]
    public async Task Sigkill_at_several_points_then_rerunning_ends_with_exactly_count_unique_rows_that_verify()
    {
        using var directory = new TempDirectory();
        string[] command = ["generate", "--count", "24", "--out", directory.Path, "--part-rows", "2", "--seed", "12"];
        var killsAfterParts = new[] { 1, 4, 7 };
        foreach (var parts in killsAfterParts)
        {
            using var process = CliProcess.Start(command);
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            await WaitUntilAsync(() => CommittedParts(directory.Path) >= parts, process);
            Assert.False(process.HasExited, "the run ended before it could be killed");
            Kill(process.Id);
            await process.WaitForExitAsync();
            // Every committed part must be whole: readable by an independent reader.
            foreach (var part in Directory.GetFiles(directory.Combine("parts"), "*.parquet"))
                Assert.True(DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{part}')") > 0, part);
        }

        var final = await CliProcess.RunAsync(command);
        Assert.True(final.ExitCode == 0, final.All);
        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(24L, DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}')"));
        Assert.Equal(24L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        var verify = await CliProcess.RunAsync("verify", directory.Path);
        Assert.True(verify.ExitCode == 0, verify.All);
    }

    [Fact]
    public async Task Killing_chromium_by_its_pid_mid_run_is_survived_and_the_run_completes()
    {
        using var directory = new TempDirectory();
        using var process = CliProcess.Start(
            "generate",
            "--count",
            "16",
            "--out",
            directory.Path,
            "--part-rows",
            "2",
            "--workers",
            "2"
        );
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WaitUntilAsync(() => CommittedParts(directory.Path) >= 1, process);
        var browsers = ProcessTree.Browsers(process.Id);
        Assert.Equal(2, browsers.Count);
        Kill(browsers[0]);

        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
        Assert.Contains("Browsers restarted", await output);
        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(16L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        Assert.Equal(0, (await CliProcess.RunAsync("verify", directory.Path)).ExitCode);
    }
}
