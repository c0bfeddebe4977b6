using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>
/// `generate --generator llm` as a user runs it, against an endpoint whose answers fail from the first one: however
/// few samples are wanted, the run ends with exit code 1 and one readable message (it once hung at "0/2 rows").
/// </summary>
public sealed class LlmRunFailureTests : IAsyncLifetime, IDisposable
{
    // Not a performance bound: a run still going after this long is hung.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("unauthorised", 2, 8, "refused the credentials (401")]
    [InlineData("not-json", 2, 8, "did not answer with a chat completion")]
    [InlineData("wrong-shape", 2, 8, "did not answer with a chat completion")]
    [InlineData("unauthorised", 30, 2, "refused the credentials (401")]
    [InlineData("not-json", 30, 2, "did not answer with a chat completion")]
    [InlineData("wrong-shape", 30, 2, "did not answer with a chat completion")]
    public async Task Failing_first_answers_end_the_run_with_exit_code_1_and_one_readable_message(
        string failure,
        int count,
        int concurrency,
        string expected
    )
    {
        var key = failure == "unauthorised" ? "wrong-key" : FakeLlmServer.Key;
        if (failure != "unauthorised")
            _server.Script(FakeLlmServer.IdeasModel, Enumerable.Repeat(Answer(failure), 50).ToArray());

        var result = await CliProcess.RunAsync(
            HangGuard,
            new Dictionary<string, string> { ["OPENAI_API_KEY"] = key },
            "generate",
            "--generator",
            "llm",
            "--count",
            count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--llm-concurrency",
            concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out",
            _directory.Combine("out"),
            "--llm-base-url",
            _server.OpenAIBaseUrl.ToString(),
            "--ideas-model",
            FakeLlmServer.IdeasModel,
            "--pages-model",
            FakeLlmServer.PagesModel
        );

        Assert.Equal(1, result.ExitCode);
        var message = Assert.Single(
            result.Error.Split('\n'),
            line => line.StartsWith("error:", StringComparison.Ordinal)
        );
        Assert.Contains(expected, message);
        Assert.Contains(failure == "unauthorised" ? "--api-key" : "--llm-base-url", message);
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Exception", result.All);
        // The first request to a model goes alone, so a broken endpoint costs one request.
        Assert.Equal(1, _server.RequestCount);
    }

    [Theory]
    [InlineData("no-batch-routes", "does not offer the batch API")]
    [InlineData("unauthorised", "refused the credentials on the batch API (POST files: 401")]
    public async Task Batch_mode_against_an_endpoint_that_refuses_it_ends_with_exit_code_1_and_one_readable_message(
        string failure,
        string expected
    )
    {
        _server.BatchRoutes = failure != "no-batch-routes";
        var result = await CliProcess.RunAsync(
            HangGuard,
            new Dictionary<string, string>
            {
                ["OPENAI_API_KEY"] = failure == "unauthorised" ? "sk-expired-key-0123" : FakeLlmServer.Key,
            },
            "generate",
            "--generator",
            "llm",
            "--llm-mode",
            "batch",
            "--count",
            "4",
            "--out",
            _directory.Combine("out"),
            "--llm-base-url",
            _server.OpenAIBaseUrl.ToString(),
            "--model",
            FakeLlmServer.PagesModel
        );

        Assert.Equal(1, result.ExitCode);
        var message = Assert.Single(
            result.Error.Split('\n'),
            line => line.StartsWith("error:", StringComparison.Ordinal)
        );
        Assert.Contains(expected, message);
        Assert.DoesNotContain("sk-expired-key-0123", result.All);
        Assert.DoesNotContain("   at ", result.All);
        Assert.Equal(0, _server.BatchCreates);
        Assert.Equal(0, _server.RequestCount);
    }

    private static FakeReply Answer(string failure) =>
        failure switch
        {
            // What a web server answers when the base URL misses /v1, and what a wrong route of an API answers.
            "not-json" => FakeReply.Raw(200, "<html><body><h1>Welcome to nginx!</h1></body></html>"),
            _ => FakeReply.Raw(200, """{"object":"list","data":[]}"""),
        };
}
