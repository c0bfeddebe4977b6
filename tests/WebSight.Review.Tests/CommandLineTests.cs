using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using WebSight.Cli.Tests.Support;
using WebSight.Review.Tests.Support;

namespace WebSight.Review.Tests;

/// <summary>`websight review` run as a user runs it: what it prints and where it listens.</summary>
public sealed partial class CommandLineTests : IDisposable
{
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
