using Microsoft.Data.Sqlite;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>The LLM client masks keys in everything that comes back: answers, cached answers, the server's error words.</summary>
public sealed class LlmKeyRedactionTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private string CacheFile => _directory.Combine("state", "llm-cache.sqlite");

    [Fact]
    public async Task A_key_echoed_in_a_page_a_400_and_a_500_is_masked_in_the_page_the_rejection_and_the_stop_reason()
    {
        var page = FakeLlmServer
            .Page("An echoing bakery")
            .Replace("</footer>", $" key {FakeReply.EchoedKey}</footer>", StringComparison.Ordinal);
        _server.Script(
            FakeLlmServer.PagesModel,
            FakeReply.Text(page),
            FakeReply.Error(400, null, $"Bad request from {FakeReply.EchoedKey}"),
            FakeReply.Error(500, null, $"Upstream failed for {FakeReply.EchoedKey}")
        );
        var options = LlmTestKit.OpenAI(_server, CacheFile) with { Concurrency = 1, MaxRetries = 0 };
        using var generator = LlmTestKit.Generator(options, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, [0, 1, 2], 1);

        Assert.Contains(" key [redacted]</footer>", outcomes[0].Page!.Html);
        Assert.Equal(
            "model 'page-model' at "
                + _server.OpenAIBaseUrl
                + " refused the request (400): Bad request from [redacted]",
            outcomes[1].Rejection!.Detail
        );
        Assert.Contains("(500: Upstream failed for [redacted])", outcomes[2].StopReason);
        Assert.DoesNotContain(
            FakeLlmServer.Key,
            string.Join('\n', outcomes[0].Page!.Html, outcomes[1].Rejection!.Detail, outcomes[2].StopReason)
        );
    }

    [Fact]
    public async Task An_answer_cached_with_a_key_in_it_comes_out_of_the_cache_masked()
    {
        using (var first = LlmTestKit.Generator(LlmTestKit.OpenAI(_server, CacheFile), new RunStats()))
            Assert.NotNull((await LlmTestKit.GenerateAsync(first, SampleSpec.For(1, 0))).Page);
        // A cache written before answers were masked, or shared with a run that used this key unmasked.
        using (var connection = new SqliteConnection($"Data Source={CacheFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                $"UPDATE responses SET text = replace(text, '</footer>', ' key {FakeLlmServer.Key}</footer>') WHERE stage = 'pages'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        var paid = _server.RequestCount;

        using var second = LlmTestKit.Generator(LlmTestKit.OpenAI(_server, CacheFile), new RunStats());
        var page = (await LlmTestKit.GenerateAsync(second, SampleSpec.For(1, 0))).Page!;

        Assert.Equal(paid, _server.RequestCount);
        Assert.Contains(" key [redacted]</footer>", page.Html);
        Assert.DoesNotContain(FakeLlmServer.Key, page.Html);
    }
}
