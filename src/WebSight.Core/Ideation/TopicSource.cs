using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Ideation;

/// <summary>
/// The topics that steer idea batches: one a line from <c>--topics FILE</c> (blank lines and <c>#</c>
/// comments skipped), or the built-in catalogue's categories. A batch's topic depends only on (run seed, batch).
/// </summary>
internal sealed class TopicSource
{
    private TopicSource(IReadOnlyList<Topic> topics) => Topics = topics;

    public IReadOnlyList<Topic> Topics { get; }

    public static TopicSource FromCatalogue(Catalogue catalogue) =>
        new(catalogue.Categories.Select(c => new Topic(c.Slug, c.Name, c.IdeaPhrase)).ToList());

    public static TopicSource FromFile(string path)
    {
        if (!File.Exists(path))
            throw new OptionsException("--topics", $"{path} does not exist");
        var topics = File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .Select(line => new Topic(line, line, line))
            .ToList();
        if (topics.Count == 0)
            throw new OptionsException("--topics", $"{path} has no topic (one a line; # starts a comment)");
        return new TopicSource(topics);
    }

    public Topic ForBatch(Random batchRandom) => Topics[batchRandom.Next(Topics.Count)];
}
