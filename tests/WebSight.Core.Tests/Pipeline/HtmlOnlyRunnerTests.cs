using System.Text.Json;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Pipeline;

/// <summary>`generate --html-only` in Core: the generator's own pages, validated, in index order, no browser.</summary>
public sealed class HtmlOnlyRunnerTests
{
    private static HtmlOnlyRunner Runner(RunOptions options, ValidationOptions? validation = null) =>
        new(options, Shared.Generator, Shared.Validator(validation));

    [Fact]
    public async Task Fifty_pages_are_fifty_lines_in_index_order_holding_what_the_generator_makes_for_each_index()
    {
        using var directory = new TempDirectory();
        var options = new RunOptions
        {
            Count = 50,
            OutputDirectory = directory.Path,
            Seed = 3,
        };

        var outcome = await Runner(options).RunAsync(CancellationToken.None);

        Assert.Equal(50, outcome.Written);
        Assert.Equal(0, outcome.Rejected);
        var lines = await File.ReadAllLinesAsync(directory.Combine("pages.jsonl"));
        Assert.Equal(50, lines.Length);
        for (var index = 0; index < lines.Length; index++)
        {
            using var line = JsonDocument.Parse(lines[index]);
            var row = line.RootElement;
            var expected = Shared.Generator.Generate(SampleSpec.For(3, index));
            Assert.Equal(index, row.GetProperty("index").GetInt64());
            Assert.Equal(expected.Spec.Id, row.GetProperty("id").GetString());
            Assert.Equal(expected.Spec.Seed, row.GetProperty("seed").GetInt32());
            Assert.Equal(expected.Html, row.GetProperty("text").GetString());
            Assert.Equal(expected.Idea, row.GetProperty("llm_generated_idea").GetString());
            Assert.Equal(expected.Topic, row.GetProperty("topic").GetString());
            Assert.Equal(expected.Archetype, row.GetProperty("archetype").GetString());
            Assert.Equal("template", row.GetProperty("generator").GetString());
        }
        Assert.False(File.Exists(directory.Combine("pages.jsonl.tmp")));
    }

    [Fact]
    public async Task Rejected_pages_are_skipped_counted_by_reason_and_replaced_by_later_indices()
    {
        using var directory = new TempDirectory();
        var options = new RunOptions
        {
            Count = 5,
            OutputDirectory = directory.Path,
            Seed = 3,
        };
        // No generated page has this many words, so every candidate is rejected and the budget runs out.
        var outcome = await Runner(options, new ValidationOptions { MinVisibleWords = 1_000_000 })
            .RunAsync(CancellationToken.None);

        Assert.Equal(0, outcome.Written);
        Assert.False(outcome.Complete);
        Assert.Equal(5 * options.MaxCandidatesPerRow + 100, outcome.RejectedByReason["too_few_words"]);
        Assert.Empty(await File.ReadAllLinesAsync(directory.Combine("pages.jsonl")));
    }
}
