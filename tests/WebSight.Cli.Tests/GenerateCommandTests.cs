using System.Diagnostics;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>`websight generate` as a user runs it: exit codes, messages, output on disk.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Help_lists_the_generate_command_and_its_options_with_defaults()
    {
        var root = await CliProcess.RunAsync("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("generate", root.Output);

        var help = await CliProcess.RunAsync("generate", "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (
            var flag in new[]
            {
                "--count",
                "--out",
                "--seed",
                "--viewport-width",
                "--device-scale-factor",
                "--full-page",
                "--format",
                "--quality",
                "--max-height",
                "--workers",
                "--verbose",
            }
        )
            Assert.Contains(flag, help.Output);
        Assert.Contains("DEFAULT", help.Output);
        Assert.Matches(@"--quality <Q>\s+65\s", help.Output);
    }

    [Theory]
    [InlineData("--count", new[] { "generate", "--out", "x" })]
    [InlineData("--out", new[] { "generate", "--count", "3" })]
    [InlineData("--count: 'many' is not a valid value", new[] { "generate", "--count", "many", "--out", "x" })]
    [InlineData("--count", new[] { "generate", "--count", "0", "--out", "x" })]
    [InlineData("--format", new[] { "generate", "--count", "3", "--out", "x", "--format", "gif" })]
    [InlineData("--quality", new[] { "generate", "--count", "3", "--out", "x", "--quality", "0" })]
    [InlineData("--max-height", new[] { "generate", "--count", "3", "--out", "x", "--max-height", "10000" })]
    [InlineData("--workers", new[] { "generate", "--count", "3", "--out", "x", "--workers", "0" })]
    [InlineData("bogus", new[] { "generate", "--count", "3", "--out", "x", "--bogus" })]
    [InlineData("--generator", new[] { "generate", "--count", "3", "--out", "x", "--generator", "gpt" })]
    public async Task Bad_flags_exit_with_code_2_and_a_message_naming_the_flag(string named, string[] arguments)
    {
        var result = await CliProcess.RunAsync(arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.All);
        Assert.False(Directory.Exists("x"), "nothing may be written on bad usage");
    }

    [Fact]
    public async Task A_missing_browser_is_one_clear_message_with_exit_code_1_and_a_stack_trace_only_with_verbose()
    {
        using var directory = new TempDirectory();
        var result = await CliProcess.RunAsync(
            "generate",
            "--count",
            "2",
            "--out",
            directory.Path,
            "--browser-path",
            "/nonexistent/chromium"
        );
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--browser-path: no browser at /nonexistent/chromium", result.Error);
        Assert.DoesNotContain("   at ", result.All);

        var verbose = await CliProcess.RunAsync(
            "generate",
            "--count",
            "2",
            "--out",
            directory.Path,
            "--browser-path",
            "/nonexistent/chromium",
            "--verbose"
        );
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Error);
    }

    [Fact]
    public async Task Same_seed_gives_identical_text_columns_and_another_seed_different_pages()
    {
        using var directory = new TempDirectory();
        string Out(string name) => directory.Combine(name);
        var first = await CliProcess.RunAsync("generate", "--count", "5", "--out", Out("a"), "--seed", "3");
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("Done.", first.Output);
        Assert.Equal(
            0,
            (await CliProcess.RunAsync("generate", "--count", "5", "--out", Out("b"), "--seed", "3")).ExitCode
        );
        Assert.Equal(
            0,
            (await CliProcess.RunAsync("generate", "--count", "5", "--out", Out("c"), "--seed", "4")).ExitCode
        );

        List<string> Texts(string name) =>
            DuckDb
                .Query($"SELECT text FROM read_parquet('{Out(name)}/data/*.parquet') ORDER BY \"index\"")
                .Select(r => (string)r[0]!)
                .ToList();
        Assert.Equal(5, Texts("a").Count);
        Assert.Equal(Texts("a"), Texts("b"));
        Assert.Empty(Texts("a").Intersect(Texts("c")));

        var again = await CliProcess.RunAsync("generate", "--count", "5", "--out", Out("a"), "--seed", "3");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing to do", again.Output);
    }

    [Fact]
    public async Task Ctrl_c_stops_with_code_130_keeping_committed_rows_and_the_same_command_resumes()
    {
        using var directory = new TempDirectory();
        string[] command = ["generate", "--count", "40", "--out", directory.Path, "--part-rows", "2", "--seed", "9"];
        using (var process = CliProcess.Start(command))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var parts = directory.Combine("parts");
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (
                DateTime.UtcNow < deadline
                && (!Directory.Exists(parts) || Directory.GetFiles(parts, "*.parquet").Length < 2)
            )
                await Task.Delay(100);
            Assert.False(process.HasExited, "The run ended before two parts were committed.");
            using (
                var interrupt = Process.Start(
                    "kill",
                    ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]
                )
            )
            {
                await interrupt.WaitForExitAsync();
                Assert.Equal(0, interrupt.ExitCode);
            }
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 130, await output + await error);
            Assert.Contains("Cancelled", await output);
        }
        var committed = DuckDb.Scalar<long>(
            $"SELECT count(*) FROM read_parquet('{directory.Combine("parts")}/*.parquet')"
        );
        Assert.InRange(committed, 4, 39);

        var resumed = await CliProcess.RunAsync(command);
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains($"{committed} resumed", resumed.Output);
        Assert.Equal(
            40L,
            DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{directory.Combine("data")}/*.parquet')")
        );
    }
}
