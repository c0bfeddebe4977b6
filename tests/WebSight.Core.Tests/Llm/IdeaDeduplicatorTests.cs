using WebSight.Core.Llm;
using WebSight.Core.Tests.Llm.Fakes;

namespace WebSight.Core.Tests.Llm;

public sealed class IdeaDeduplicatorTests
{
    private const string Crumb =
        "Crumb, a harbour bakery with a sticky navigation bar, warm red colours and a three-column menu below the hero.";

    [Theory]
    [InlineData(
        "crumb a harbour bakery with the sticky navigation bar warm red colours and three-column menu below hero"
    )]
    [InlineData(
        "CRUMB — a harbour bakery, with a sticky navigation bar; warm red colours and a three column menu below the hero!"
    )]
    [InlineData(
        "Crumb, a harbour bakery with a sticky navigation bar, warm orange colours and a three-column menu below the hero."
    )]
    public void A_repeat_in_other_case_punctuation_articles_or_one_word_changed_is_a_duplicate_of_the_first(
        string repeat
    )
    {
        var seen = new IdeaDeduplicator();
        Assert.Null(seen.Check(new IdeaSlot(0, 3), Crumb, out var first));
        Assert.Equal(new IdeaSlot(0, 3), seen.Check(new IdeaSlot(7, 1), repeat, out var second));
        Assert.True(first && second);
    }

    [Fact]
    public void A_thousand_ideas_of_the_fake_model_are_all_kept_and_asking_again_counts_nothing_new()
    {
        var seen = new IdeaDeduplicator();
        var slots = Enumerable.Range(0, 100).SelectMany(b => Enumerable.Range(0, 10).Select(s => new IdeaSlot(b, s)));
        foreach (var slot in slots)
            Assert.Null(seen.Check(slot, FakeLlmServer.Idea($"b{slot.Batch}", slot.Slot + 1), out _));

        Assert.Null(seen.Check(new IdeaSlot(4, 2), FakeLlmServer.Idea("b4", 3), out var isNew));
        Assert.False(isNew);
    }

    [Fact]
    public void A_slot_judged_a_duplicate_stays_one_when_its_batch_is_read_again()
    {
        var seen = new IdeaDeduplicator();
        seen.Check(new IdeaSlot(0, 0), Crumb, out _);
        seen.Check(new IdeaSlot(1, 0), Crumb, out _);

        Assert.Equal(new IdeaSlot(0, 0), seen.Check(new IdeaSlot(1, 0), Crumb, out var isNew));
        Assert.False(isNew);
    }
}
