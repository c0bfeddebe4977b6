using Microsoft.Data.Sqlite;
using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>
/// Answers larger than --llm-max-answer-kb, streamed by the fake server through the real SDK: read no further than
/// the cap, rejected with their reason, never retried, never cached (a 400 MB answer once grew the cache to 3.2 GB).
/// </summary>
public sealed class LlmAnswerSizeTests : IAsyncLifetime, IDisposable
{
    private const long FourHundredMegabytes = 400L * 1024 * 1024;

    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private string CacheFile => _directory.Combine("state", "llm-cache.sqlite");

    private LlmOptions OpenAI => LlmTestKit.OpenAI(_server, CacheFile) with { Concurrency = 1 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_400_MB_page_answer_is_rejected_as_too_large_read_no_further_than_the_cap_and_never_cached(
        bool declaresLength
    )
    {
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Huge(FourHundredMegabytes, declaresLength));
        // Tests in this assembly run one at a time, so what the process allocates meanwhile is this test's.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using (var generator = LlmTestKit.Generator(OpenAI, new RunStats()))
        {
            var outcomes = await LlmTestKit.RunAsync(generator, [0, 1], 1);

            var rejection = outcomes[0].Rejection!;
            Assert.Equal(RejectReason.LlmAnswerTooLarge, rejection.Reason);
            Assert.Equal("llm_answer_too_large", rejection.Reason.Code());
            Assert.Equal("pages", rejection.Stage);
            Assert.Contains("larger than --llm-max-answer-kb (1024 KB)", rejection.Detail);
            Assert.NotNull(outcomes[1].Page);
        }
        // Not retried: the same request would get the same answer.
        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
        // Reading the whole answer would have allocated it several times over (buffer, string, cache row).
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, 0, 64L * 1024 * 1024);
        var cacheBytes = Directory.GetFiles(_directory.Combine("state")).Sum(file => new FileInfo(file).Length);
        Assert.InRange(cacheBytes, 1, 512 * 1024);
        Assert.Equal((2L, true), CachedAnswers(maxLength: 64 * 1024));
    }

    [Fact]
    public async Task An_idea_list_past_the_cap_rejects_each_sample_of_its_batch_and_the_next_batch_goes_on()
    {
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Huge(64 * 1024));
        using var generator = LlmTestKit.Generator(OpenAI with { MaxAnswerBytes = 16 * 1024 }, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 11).Select(i => (long)i), 1);

        Assert.All(
            Enumerable.Range(0, 10),
            i =>
            {
                Assert.Equal(RejectReason.LlmAnswerTooLarge, outcomes[i].Rejection!.Reason);
                Assert.Equal("ideas", outcomes[i].Rejection!.Stage);
            }
        );
        Assert.NotNull(outcomes[10].Page);
        Assert.Equal(2, _server.RequestsFor(FakeLlmServer.IdeasModel).Count);
    }

    [Fact]
    public async Task The_cap_is_llm_max_answer_kb_an_answer_under_it_makes_a_page_and_one_over_it_is_rejected()
    {
        _server.Script(FakeLlmServer.PagesModel, FakeReply.Huge(12 * 1024), FakeReply.Huge(20 * 1024));
        using var generator = LlmTestKit.Generator(OpenAI with { MaxAnswerBytes = 16 * 1024 }, new RunStats());
        var outcomes = await LlmTestKit.RunAsync(generator, [0, 1], 1);

        Assert.Contains(new string('a', 12 * 1024), outcomes[0].Page!.Html);
        Assert.Equal(RejectReason.LlmAnswerTooLarge, outcomes[1].Rejection!.Reason);
        Assert.Contains("(16 KB)", outcomes[1].Rejection!.Detail);
    }

    [Fact]
    public void Llm_max_answer_kb_is_read_as_kilobytes_and_values_out_of_range_name_the_flag()
    {
        var resolver = new LlmOptionsResolver(_ => null);
        var settings = new LlmSettings { LlmBaseUrl = "http://localhost:8000/v1", Model = "m" };

        Assert.Equal(1024 * 1024, resolver.Resolve(settings).MaxAnswerBytes);
        Assert.Equal(64 * 1024, resolver.Resolve(settings with { LlmMaxAnswerKb = 64 }).MaxAnswerBytes);
        foreach (var kilobytes in new[] { 0, -1, 1024 * 1024 + 1 })
            Assert.Equal(
                "--llm-max-answer-kb",
                Assert
                    .Throws<OptionsException>(() =>
                        resolver.Resolve(settings with { LlmMaxAnswerKb = kilobytes }).Validate()
                    )
                    .Option
            );
    }

    /// <summary>How many answers the cache holds, and whether each is at most <paramref name="maxLength"/> characters.</summary>
    private (long Count, bool AllShort) CachedAnswers(int maxLength)
    {
        using var connection = new SqliteConnection($"Data Source={CacheFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(max(length(text)), 0) FROM responses";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1) <= maxLength);
    }
}
