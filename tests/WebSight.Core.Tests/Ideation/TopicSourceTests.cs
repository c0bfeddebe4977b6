using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Ideation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Ideation;

public sealed class TopicSourceTests
{
    [Fact]
    public void The_default_topics_are_the_catalogue_categories()
    {
        var topics = TopicSource.FromCatalogue(Catalogue.Load(TemplateSource.Embedded()));
        Assert.Equal(56, topics.Topics.Count);
        var bakery = Assert.Single(topics.Topics, t => t.Id == "bakery");
        Assert.False(string.IsNullOrWhiteSpace(bakery.Description));
    }

    [Fact]
    public void A_topics_file_gives_one_topic_a_line_without_comments_blanks_or_repeats()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("topics.txt");
        File.WriteAllText(path, "# steer the ideas\nvegan restaurants\n\n  bike repair shops  \nvegan restaurants\n");
        var topics = TopicSource.FromFile(path);
        Assert.Equal(["vegan restaurants", "bike repair shops"], topics.Topics.Select(t => t.Name));
    }

    [Fact]
    public void An_empty_or_missing_topics_file_is_a_start_up_error_naming_the_flag()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("topics.txt");
        File.WriteAllText(path, "# only a comment\n\n");
        Assert.Equal("--topics", Assert.Throws<OptionsException>(() => TopicSource.FromFile(path)).Option);
        Assert.Equal("--topics", Assert.Throws<OptionsException>(() => TopicSource.FromFile(path + ".missing")).Option);
    }

    [Fact]
    public void Samples_map_to_batch_and_slot_and_batch_seeds_depend_on_run_seed_batch_and_purpose()
    {
        Assert.Equal((0L, 0), IdeaBatchSource.Locate(0, 10));
        Assert.Equal((2L, 3), IdeaBatchSource.Locate(23, 10));
        Assert.Equal((23L, 0), IdeaBatchSource.Locate(23, 1));
        Assert.Equal(IdeaBatchSource.DerivedSeed(1, 2, "ideas"), IdeaBatchSource.DerivedSeed(1, 2, "ideas"));
        Assert.NotEqual(IdeaBatchSource.DerivedSeed(1, 2, "ideas"), IdeaBatchSource.DerivedSeed(1, 3, "ideas"));
        Assert.NotEqual(IdeaBatchSource.DerivedSeed(1, 2, "ideas"), IdeaBatchSource.DerivedSeed(2, 2, "ideas"));
        Assert.NotEqual(IdeaBatchSource.DerivedSeed(1, 2, "ideas"), IdeaBatchSource.DerivedSeed(1, 2, "page"));
    }
}
