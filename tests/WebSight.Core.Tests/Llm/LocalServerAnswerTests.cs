using Microsoft.Data.Sqlite;
using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>
/// vLLM, llama.cpp, Ollama and LM Studio as they really answer (their recorded shapes), through the real SDK:
/// every sample still becomes a page, the reasoning never reaches an idea, a page or the cache, missing usage
/// is estimated, and model names with slashes and colons work for the cache and the price table.
/// </summary>
public sealed class LocalServerAnswerTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string, bool> Servers =>
        new()
        {
            { "vllm", "Qwen/Qwen2.5-Coder-32B-Instruct", false },
            { "llama.cpp", "DeepSeek-R1-Distill-Qwen-32B-Q4_K_M.gguf", true },
            { "ollama", "qwen2.5-coder:32b", false },
            { "lmstudio", "lmstudio-community/qwen2.5-coder-32b-instruct", false },
        };

    private static FakeWire Answer(string server, string model, string content) =>
        server switch
        {
            "vllm" => LocalServerAnswers.Vllm(model, content),
            "llama.cpp" => LocalServerAnswers.LlamaCpp(model, content),
            "ollama" => LocalServerAnswers.Ollama(model, content),
            _ => LocalServerAnswers.LmStudioStreaming(model, content),
        };

    private LlmOptions For(string model)
    {
        var prices = _directory.Combine("prices.json");
        File.WriteAllText(prices, $$"""{ "{{model}}": { "input": 1.0, "output": 2.0 } }""");
        return LlmTestKit.OpenAI(_server, _directory.Combine("state", "llm-cache.sqlite")) with
        {
            IdeasModel = model,
            PagesModel = model,
            PriceTableFile = prices,
        };
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task Every_sample_becomes_a_page_without_the_reasoning_and_its_tokens_are_counted(
        string server,
        string model,
        bool sendsNoUsage
    )
    {
        _server.Models.Add(model);
        _server.AnswerAs(model, (m, content) => Answer(server, m, content));
        var stats = new RunStats();
        using (var generator = LlmTestKit.Generator(For(model), stats))
        {
            var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 10).Select(i => (long)i), 4);

            Assert.All(outcomes.Values, o => Assert.NotNull(o.Page));
            Assert.All(outcomes.Values, o => Assert.DoesNotContain("think", o.Page!.Html + o.Page.Idea));
            Assert.All(outcomes.Values, o => Assert.StartsWith("Website ", o.Page!.Idea));
        }
        Assert.Equal(11, _server.RequestCount);
        Assert.All(_server.Requests, r => Assert.Equal(model, r.Model));
        Assert.True(stats.Counter("llm.cost_usd") > 0, "the price table did not find " + model);
        var estimated = stats.Counter("llm.ideas.tokens_estimated") + stats.Counter("llm.pages.tokens_estimated");
        if (sendsNoUsage)
            Assert.Equal(stats.Counter("llm.total_tokens"), estimated);
        else
            Assert.Equal(0, estimated);
        Assert.All(CachedTexts(), text => Assert.DoesNotContain("think", text));
        Assert.Equal(11, CachedTexts().Count);

        // A rerun takes every answer, and the same pages, from the cache that holds the slashes and colons.
        using var again = LlmTestKit.Generator(For(model), new RunStats());
        var rerun = await LlmTestKit.RunAsync(again, Enumerable.Range(0, 10).Select(i => (long)i), 4);
        Assert.All(rerun.Values, o => Assert.NotNull(o.Page));
        Assert.Equal(11, _server.RequestCount);
    }

    [Fact]
    public async Task A_page_cut_off_by_a_server_that_sends_no_finish_reason_is_truncated_not_accepted()
    {
        const string model = "qwen2.5-coder:32b";
        _server.Models.Add(model);
        _server.AnswerAs(model, (m, content) => LocalServerAnswers.LlamaCpp(m, content.Split("<section")[0]));
        using var generator = LlmTestKit.Generator(For(model), new RunStats());

        var outcome = await LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0));

        Assert.Equal(RejectReason.LlmTruncated, outcome.Rejection?.Reason);
    }

    [Fact]
    public async Task An_event_stream_without_completion_chunks_stops_the_run_saying_to_turn_streaming_off()
    {
        _server.Script(
            FakeLlmServer.IdeasModel,
            FakeReply.Raw(200, "event: ping\ndata: {\"status\":\"loading\"}\n\n", "text/event-stream")
        );
        using var generator = LlmTestKit.Generator(For(FakeLlmServer.IdeasModel), new RunStats());

        var error = await Assert.ThrowsAsync<LlmEndpointException>(() =>
            LlmTestKit.GenerateAsync(generator, SampleSpec.For(1, 0))
        );

        Assert.Contains("event stream (text/event-stream)", error.Message);
        Assert.Contains("turn streaming off on the server", error.Message);
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public void Each_recorded_shape_passes_the_completion_shape_check(string server, string model, bool _)
    {
        var wire = Answer(server, model, "<body><p>Hello there, friend.</p></body>");
        var body = System.Text.Encoding.UTF8.GetBytes(wire.Body);
        var settled =
            wire.ContentType == "text/event-stream"
                ? StreamedCompletion.Assemble(body)
                : CompletionNormalizer.Normalize(body);

        Assert.Null(CompletionShapePolicy.Problem(BinaryData.FromBytes(settled)));
    }

    private List<string> CachedTexts()
    {
        using var connection = new SqliteConnection(
            $"Data Source={_directory.Combine("state", "llm-cache.sqlite")};Pooling=false"
        );
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM responses";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
            texts.Add(reader.GetString(0));
        return texts;
    }
}
