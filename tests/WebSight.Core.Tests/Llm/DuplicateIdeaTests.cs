using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Llm.Fakes;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

/// <summary>A model that repeats itself across batches, through the real SDK: repeats cost no page call.</summary>
public sealed class DuplicateIdeaTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private FakeLlmServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ideas_that_repeat_an_earlier_batch_are_rejected_before_any_page_is_asked_for_and_counted()
    {
        var first = Enumerable.Range(1, 10).Select(i => FakeLlmServer.Idea("first", i)).ToList();
        var second = Enumerable.Range(1, 10).Select(i => FakeLlmServer.Idea("second", i)).ToList();
        second[0] = first[4].ToUpperInvariant(); // exact, in other case
        second[3] = "The " + first[7].Replace(",", "", StringComparison.Ordinal); // punctuation and an article
        second[6] = first[1].Replace(" sections", " rooms", StringComparison.Ordinal); // one word changed
        string List(List<string> ideas) => string.Join("\n", ideas.Select((idea, i) => $"{i + 1}. {idea}"));
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Text(List(first)), FakeReply.Text(List(second)));
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(
            LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")),
            stats
        );

        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 20).Select(i => (long)i), 1);

        var rejected = outcomes
            .Where(o => o.Value.Rejection is not null)
            .ToDictionary(o => o.Key, o => o.Value.Rejection!);
        Assert.Equal([10L, 13, 16], rejected.Keys.Order());
        Assert.All(rejected.Values, r => Assert.Equal(RejectReason.DuplicateIdea, r.Reason));
        Assert.All(rejected.Values, r => Assert.Equal("duplicate_idea", r.Reason.Code()));
        Assert.Contains("repeats idea 5 of batch 0", rejected[10].Detail);
        Assert.Equal(17, _server.RequestsFor(FakeLlmServer.PagesModel).Count);
        Assert.DoesNotContain(
            _server.RequestsFor(FakeLlmServer.PagesModel),
            r => r.Prompt.Contains(second[0], StringComparison.Ordinal)
        );
        Assert.Equal(20, stats.Counter("llm.ideas.total"));
        Assert.Equal(3, stats.Counter("llm.ideas.duplicates"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Under_any_Tailwind_profile_a_resume_hands_the_llm_generator_the_committed_ideas(int profile)
    {
        var stats = new RunStats();
        var options = new RunOptions
        {
            Count = 4,
            OutputDirectory = _directory.Combine("run"),
            Generator = LlmPageGenerator.GeneratorName,
            Llm = LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")),
            Tailwind = TailwindProfile.For(profile),
        };
        var source = PageSources.Create(options, stats);
        using var owned = (IDisposable)source;

        Assert.True(source.WantsCommittedIdeas);
        source.SeeCommittedIdea(0, FakeLlmServer.Idea("committed", 1));
        Assert.Equal(1, stats.Counter("llm.ideas.committed"));
    }

    [Fact]
    public async Task On_a_resume_an_idea_that_repeats_a_committed_row_is_rejected_and_the_committed_ones_own_list_is_not()
    {
        var committed = Enumerable.Range(1, 10).Select(i => FakeLlmServer.Idea("committed", i)).ToList();
        var later = Enumerable.Range(1, 10).Select(i => FakeLlmServer.Idea("later", i)).ToList();
        later[5] = committed[2].ToUpperInvariant();
        string List(List<string> ideas) => string.Join("\n", ideas.Select((idea, i) => $"{i + 1}. {idea}"));
        _server.Script(FakeLlmServer.IdeasModel, FakeReply.Text(List(later)), FakeReply.Text(List(committed)));
        var stats = new RunStats();
        using var generator = LlmTestKit.Generator(
            LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")),
            stats
        );
        // An earlier run committed samples 0-4 (batch 0); this one makes 10-19 (batch 1), then 5-9 (batch 0 again):
        // without the committed ideas, batch 1 would come first and nothing would repeat it.
        foreach (var index in Enumerable.Range(0, 5))
            generator.SeeCommittedIdea(index, committed[index]);

        var outcomes = await LlmTestKit.RunAsync(generator, Enumerable.Range(10, 10).Select(i => (long)i), 1);
        foreach (
            var (index, outcome) in await LlmTestKit.RunAsync(generator, Enumerable.Range(5, 5).Select(i => (long)i), 1)
        )
            outcomes[index] = outcome;

        var rejected = outcomes.Where(o => o.Value.Rejection is not null).ToList();
        var only = Assert.Single(rejected);
        Assert.Equal(15L, only.Key);
        Assert.Equal(RejectReason.DuplicateIdea, only.Value.Rejection!.Reason);
        Assert.Contains("repeats idea 3 of batch 0", only.Value.Rejection.Detail);
        Assert.Equal(5, stats.Counter("llm.ideas.committed"));
        Assert.Equal(1, stats.Counter("llm.ideas.duplicates"));
    }

    [Fact]
    public async Task Each_batch_asks_its_ideas_from_its_own_angle()
    {
        using var generator = LlmTestKit.Generator(
            LlmTestKit.OpenAI(_server, _directory.Combine("cache.sqlite")),
            new RunStats()
        );
        await LlmTestKit.RunAsync(generator, Enumerable.Range(0, 8).Select(i => (long)i * 10), 2);

        var angles = _server
            .RequestsFor(FakeLlmServer.IdeasModel)
            .Select(r => r.Prompt.Split("angle for the whole list: ")[1].Split('\n')[0])
            .ToList();
        Assert.Equal(8, angles.Count);
        Assert.True(angles.Distinct().Count() >= 7, string.Join("\n", angles));
    }
}
