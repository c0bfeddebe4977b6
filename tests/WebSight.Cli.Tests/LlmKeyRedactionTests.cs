using System.Text;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>
/// A server that echoes the key it was sent, in error messages and in a page: the key reaches no file of the run and
/// nothing the process prints (it was once stored in 110 rejects/ rows and printed).
/// </summary>
public sealed class LlmKeyRedactionTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    // Key-shaped strings that are not the configured key: another OpenAI key, an Azure key.
    private const string OpenAIShaped = "sk-proj-Zx81mQ0vTq7LrW2yHc5N";
    private const string AzureShaped = "0123456789abcdef0123456789abcdef";

    private static readonly string Echo =
        $"{FakeReply.EchoedKey} (Bearer {FakeReply.EchoedKey}, {OpenAIShaped}, {AzureShaped})";

    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_key_echoed_in_a_page_and_in_400_and_500_errors_reaches_no_file_and_no_output()
    {
        var page = FakeLlmServer.Page("An echoing harbour bakery");
        _server.Script(
            FakeLlmServer.PagesModel,
            // Two bodies: rejected as llm_output_unusable, with the model's text as evidence.
            FakeReply.Text(page.Replace("</footer>", $" Your key: {Echo}</footer>", StringComparison.Ordinal) + page),
            FakeReply.Error(400, "invalid_request_error", $"Invalid request for key {Echo}"),
            // With no retries left the run stops and prints the server's words.
            FakeReply.Error(500, null, $"Upstream failed for key {Echo}")
        );
        var output = _directory.Combine("out");

        var result = await RunAsync(FakeLlmServer.Key, "--count", "2", "--max-retries", "0", "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Stopped.", result.Output);
        Assert.Contains(
            "Upstream failed for key [redacted] (Bearer [redacted], [redacted], [redacted])",
            OneLine(result.Output)
        );
        var rejects = DuckDb.Query(
            $"SELECT reason, detail, text FROM read_parquet('{Path.Combine(output, "rejects", "*.parquet")}') ORDER BY index"
        );
        Assert.Equal(["llm_output_unusable", "generation_failed"], rejects.Select(row => (string)row[0]!));
        Assert.Contains("Your key: [redacted] (Bearer [redacted], [redacted], [redacted])", (string)rejects[0][2]!);
        Assert.Contains(
            "Invalid request for key [redacted] (Bearer [redacted], [redacted], [redacted])",
            (string)rejects[1][1]!
        );
        AssertNoKey(FakeLlmServer.Key, OneLine(result.All));
        AssertNoKey(FakeLlmServer.Key, string.Concat(rejects.SelectMany(row => row.Select(value => value as string))));
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            if (!file.EndsWith(".parquet", StringComparison.Ordinal))
                AssertNoKey(FakeLlmServer.Key, Encoding.UTF8.GetString(File.ReadAllBytes(file)));
    }

    [Fact]
    public async Task A_refused_key_the_server_echoes_is_not_printed_even_with_verbose()
    {
        const string Wrong = "wrong-key-Zx81mQ0vTq";
        var result = await RunAsync(Wrong, "--count", "2", "--out", _directory.Combine("out"), "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Incorrect API key provided: [redacted].", result.Error);
        AssertNoKey(Wrong, OneLine(result.All));
    }

    [Fact]
    public async Task A_key_given_to_the_wrong_flag_is_not_printed_in_the_usage_error()
    {
        var result = await CliProcess.RunAsync(
            HangGuard,
            new Dictionary<string, string> { ["OPENAI_API_KEY"] = OpenAIShaped },
            "generate",
            "--generator",
            "llm",
            "--count",
            "2",
            "--out",
            _directory.Combine("out"),
            "--model",
            FakeLlmServer.PagesModel,
            "--llm-base-url",
            OpenAIShaped
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--llm-base-url", result.Error);
        Assert.Contains("'[redacted]' is not an absolute URL", result.Error);
        AssertNoKey(OpenAIShaped, OneLine(result.All));
    }

    private Task<CliResult> RunAsync(string key, params string[] arguments) =>
        CliProcess.RunAsync(
            HangGuard,
            new Dictionary<string, string> { ["OPENAI_API_KEY"] = key },
            [
                "generate",
                "--generator",
                "llm",
                "--llm-concurrency",
                "1",
                "--llm-base-url",
                _server.OpenAIBaseUrl.ToString(),
                "--ideas-model",
                FakeLlmServer.IdeasModel,
                "--pages-model",
                FakeLlmServer.PagesModel,
                .. arguments,
            ]
        );

    /// <summary>The console wraps long lines; a key split across two must still be found.</summary>
    private static string OneLine(string text) => text.Replace("\n", "", StringComparison.Ordinal);

    private static void AssertNoKey(string key, string text)
    {
        Assert.DoesNotContain(key, text);
        Assert.DoesNotContain(OpenAIShaped, text);
        Assert.DoesNotContain(AzureShaped, text);
    }
}
