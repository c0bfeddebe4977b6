using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using WebSight.Cli.Tests.Support;
using WebSight.Review.Tests.Support;

namespace WebSight.Review.Tests;

/// <summary>`websight review` and `websight export` run as a user runs them: what they print and how they exit.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    /// <summary>ExitCodes.Usage of the CLI: a choice the user has to change.</summary>
    private const int UsageExitCode = 2;

    private readonly TestDataset _dataset = new();

    public void Dispose() => _dataset.Dispose();

    [Theory]
    [InlineData("::1", false)]
    [InlineData("::", true)]
    public async Task Review_on_an_IPv6_address_prints_a_bracketed_url_that_answers(string host, bool beyondLoopback)
    {
        using var process = CliProcess.Start("review", _dataset.Root, "--host", host);
        try
        {
            var printed = await ReadUntilAsync(process, line => line.StartsWith("Reviewing", StringComparison.Ordinal));
            var url = ReviewingAt().Match(printed[^1]);
            Assert.True(url.Success, "no URL in: " + printed[^1]);
            // Bound to every interface, the URL to open on this machine is the loopback one, as for 0.0.0.0.
            Assert.Matches(@"^http://\[::1\]:\d+/$", url.Groups[1].Value);
            using var http = new HttpClient { BaseAddress = new Uri(url.Groups[1].Value) };
            using var status = JsonDocument.Parse(await http.GetStringAsync("api/status"));
            Assert.Equal(_dataset.Ids.Count, status.RootElement.GetProperty("rows").GetInt32());
            if (beyondLoopback)
            {
                var warning = await ReadUntilAsync(process, _ => true);
                Assert.StartsWith("Listening beyond loopback", warning[^1], StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Export_of_accepted_rows_when_none_is_accepted_is_refused_and_writes_nothing()
    {
        var output = _dataset.Combine("exported");
        var result = await CliProcess.RunAsync("export", _dataset.Root, "--out", output, "--accepted-only");
        Assert.Equal(UsageExitCode, result.ExitCode);
        Assert.Contains(
            "no row is accepted; review and accept rows first, or drop --accepted-only",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.False(Directory.Exists(Path.Combine(output, "data")));
    }

    [Fact]
    public async Task Export_that_would_keep_no_row_says_why_and_writes_nothing()
    {
        using (var decisions = new DecisionStore(Path.Combine(_dataset.Root, "state", "review.sqlite")))
        {
            foreach (var id in _dataset.Ids)
                decisions.Set(id, Decision.Rejected, "", DateTimeOffset.UnixEpoch);
        }
        var output = _dataset.Combine("exported");
        var result = await CliProcess.RunAsync("export", _dataset.Root, "--out", output);
        Assert.Equal(UsageExitCode, result.ExitCode);
        Assert.Contains(
            $"every row would be removed (rejected by a reviewer: {_dataset.Ids.Count})",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.False(Directory.Exists(Path.Combine(output, "data")));
    }

    /// <summary>Lines the process prints until one matches; fails with all it printed if it ends first.</summary>
    private static async Task<List<string>> ReadUntilAsync(Process process, Func<string, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (wanted(line))
                return lines;
        }
        await process.WaitForExitAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        throw new Xunit.Sdk.XunitException(
            $"exited with {process.ExitCode} first:\n{string.Join('\n', lines)}\n{error}"
        );
    }

    [GeneratedRegex(@"^Reviewing [\d,]+ samples at (\S+) \(Ctrl\+C to stop\)\.$")]
    private static partial Regex ReviewingAt();
}
