using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>Success answers that are not chat completions, through the real SDK: each stops the run with one message.</summary>
public sealed class LlmMalformedAnswerTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(
        "<html><body>Welcome to nginx!</body></html>",
        "not JSON: \"<html><body>Welcome to nginx!</body></html>\""
    )]
    [InlineData("", "the answer is empty")]
    [InlineData("null", "not an object")]
    [InlineData("[]", "not an object")]
    [InlineData("\"a page\"", "not an object")]
    [InlineData("{}", "no \"choices\"")]
    [InlineData("""{"object":"list","data":[]}""", "no \"choices\"")]
    [InlineData("""{"choices":[]}""", "no \"choices\"")]
    [InlineData("""{"choices":5}""", "no \"choices\"")]
    [InlineData("""{"choices":[{}]}""", "no \"message\"")]
    [InlineData("""{"choices":[{"message":5}]}""", "no \"message\"")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":5}}]}""", "content is not text")]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":"x"}}],"usage":"lots"}""", "wrong type")]
    public async Task A_success_body_that_is_no_chat_completion_stops_the_run_at_the_first_call_naming_the_base_url(
        string body,
        string problem
    )
    {
        _server.Script(FakeLlmServer.IdeasModel, Enumerable.Repeat(FakeReply.Raw(200, body), 10).ToArray());
        var options = LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")) with { Concurrency = 8 };
        using var generator = LlmTestKit.Generator(options, new RunStats());
        var attempts = Enumerable
            .Range(0, 4)
            .Select(i => Task.Run(async () => await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, i * 10))))
            .ToList();

        foreach (var attempt in attempts)
        {
            var error = await Assert.ThrowsAsync<LlmEndpointException>(() => attempt);
            Assert.StartsWith($"model '{FakeLlmServer.IdeasModel}' at http://127.0.0.1:", error.Message);
            Assert.Contains("did not answer with a chat completion (", error.Message);
            Assert.Contains(problem, error.Message);
            Assert.EndsWith("Check --llm-base-url (it usually ends in /v1).", error.Message);
        }
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task On_azure_a_body_that_is_no_chat_completion_names_the_azure_endpoint()
    {
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Raw(200, "<!DOCTYPE html><title>Sign in</title>"));
        var options = LlmTestKit.Azure(_server, _directory.Combine("cache.sqlite"));
        using var generator = LlmTestKit.Generator(options, new RunStats());

        var error = await Assert.ThrowsAsync<LlmEndpointException>(() =>
            LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0))
        );

        Assert.StartsWith($"Azure OpenAI deployment '{FakeLlmServer.IdeasModel}' at", error.Message);
        Assert.Contains(
            "did not answer with a chat completion (the answer is not JSON: \"<!DOCTYPE html>",
            error.Message
        );
        Assert.EndsWith("Check --azure-endpoint (the resource's https://NAME.openai.azure.com/).", error.Message);
    }
}
