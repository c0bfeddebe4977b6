using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Pipeline;

/// <summary>The whole pipeline with real Chromium, read back by DuckDB.</summary>
public sealed class PipelineRunnerTests
{
    private static RunOptions Options(string directory, int count, long seed = 5, int partRows = 4) =>
        new()
        {
            Count = count,
            OutputDirectory = directory,
            Seed = seed,
            Render = new RenderOptions { Workers = 2 },
            Writing = new WritingOptions { PartRows = partRows },
        };

    private static PipelineRunner Runner(RunOptions options, RunStats stats) =>
        Shared.Runner(options, Shared.Generator, stats);

    [Fact]
    public async Task Twenty_samples_become_a_dataset_duckdb_reads_with_decodable_non_blank_2560_wide_jpegs()
    {
        using var directory = new TempDirectory();
        var outcome = await Runner(Options(directory.Path, 20), new RunStats()).RunAsync(CancellationToken.None);

        Assert.Equal(RunStatus.Completed, outcome.Status);
        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(
            ["train-00000-of-00001.parquet"],
            Directory.EnumerateFiles(directory.Combine("data")).Select(Path.GetFileName)
        );
        Assert.Equal(20L, DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}')"));
        Assert.Equal(20L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        foreach (
            var row in DuckDb.Query(
                $"SELECT image.bytes, text, llm_generated_idea, width, height FROM read_parquet('{glob}')"
            )
        )
        {
            var image = DecodedImage.Decode((byte[])row[0]!);
            Assert.Equal("jpeg", image.Format);
            Assert.Equal(2560, image.Width);
            Assert.Equal(row[3], image.Width);
            Assert.Equal(row[4], image.Height);
            Assert.True(image.LooksNonBlank, $"blank image: stddev {image.LumaStdDev:F1}");
            var text = (string)row[1]!;
            Assert.StartsWith("<html>", text);
            Assert.Contains(WebSight.Core.Generation.PageWrapper.TailwindLink, text);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "<body[ >]"));
            Assert.False(string.IsNullOrWhiteSpace((string)row[2]!));
        }
        Assert.Equal(
            0L,
            DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}') WHERE code_tokens < length(text) / 8")
        );
        // Every row has its layout: elements from <html> down, text blocks inside the captured image.
        Assert.Equal(
            0L,
            DuckDb.Scalar<long>(
                $"SELECT count(*) FROM read_parquet('{glob}') WHERE len(layout_elements) < element_count / 2 OR len(layout_text) < 3 "
                    + "OR layout_elements[1].tag <> 'html' OR layout_elements[1].parent <> -1"
            )
        );
        Assert.Equal(
            0L,
            DuckDb.Scalar<long>(
                $"SELECT count(*) FROM (SELECT unnest(layout_text) AS t, width, height FROM read_parquet('{glob}')) "
                    + "WHERE t.x < 0 OR t.x + t.width > width / 2 + 1 OR t.y < 0 OR t.y + t.height > height / 2 + 1"
            )
        );

        var stats = JsonNode.Parse(File.ReadAllText(directory.Combine("stats.json")))!;
        Assert.Equal(20, (int)stats["accepted"]!);
        Assert.Equal(20, (int)stats["stages"]!["capture"]!["out"]!);
        Assert.Equal(1, (int)stats["stages"]!["consolidate"]!["in"]!);
        Assert.True((double)stats["stages"]!["consolidate"]!["busy_seconds"]! > 0);
        foreach (var stage in new[] { "generate", "validate", "render", "quality", "write" })
            Assert.Equal(20, (int)stats["stages"]![stage]!["out"]!);
        Assert.Contains("dtype: image", File.ReadAllText(directory.Combine("README.md")));
        // The parts were only the crash-safe way to the shards: neither they nor their folder stay behind.
        Assert.False(Directory.Exists(directory.Combine("parts")));
    }

    [Fact]
    public async Task A_cancelled_run_keeps_what_it_committed_and_a_rerun_finishes_with_exactly_count_unique_ids()
    {
        using var directory = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        var stats = new RunStats();
        var run = Runner(Options(directory.Path, 16, partRows: 2), stats).RunAsync(cancel.Token);
        while (stats.Accepted < 5 && !run.IsCompleted)
            await Task.Delay(50);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var committed = await new PartStore(new RunDirectory(directory.Path)).CommittedIdsAsync(
            _ => { },
            CancellationToken.None
        );
        Assert.InRange(committed.Count, 5, 15);

        var resumedStats = new RunStats();
        var outcome = await Runner(Options(directory.Path, 16, partRows: 2), resumedStats)
            .RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.Equal(committed.Count, outcome.Stats.ResumedFromParts);
        Assert.Equal(16 - committed.Count, outcome.Stats.Accepted);

        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(16L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        Assert.Equal(16L, DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}')"));
        var expected = Enumerable.Range(0, 16).Select(i => SampleSpec.For(5, i).Id).Order().ToList();
        var actual = DuckDb
            .Query($"SELECT id FROM read_parquet('{glob}') ORDER BY id")
            .Select(r => (string)r[0]!)
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rerunning_a_finished_run_does_nothing_and_other_settings_on_the_same_directory_are_refused_by_name()
    {
        using var directory = new TempDirectory();
        await Runner(Options(directory.Path, 3), new RunStats()).RunAsync(CancellationToken.None);

        var again = await Runner(Options(directory.Path, 3), new RunStats()).RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.AlreadyComplete, again.Status);

        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Runner(Options(directory.Path, 3, seed: 6), new RunStats()).RunAsync(CancellationToken.None)
        );
        Assert.Equal("--out", error.Option);
        Assert.Contains("seed: was 5, now 6", error.Message);
    }

    [Fact]
    public async Task Rejected_candidates_are_counted_by_reason_and_replaced_so_the_count_still_holds()
    {
        using var directory = new TempDirectory();
        // Demanding as many words as the median page has forces real rejections of about half the candidates.
        var words = Enumerable
            .Range(0, 31)
            .Select(i =>
                Shared.Validator().Validate(Shared.Generator.Generate(SampleSpec.For(8, i))).Value!.Metrics.VisibleWords
            )
            .Order()
            .ToList();
        var median = words[15];
        var options = new RunOptions
        {
            Count = 6,
            OutputDirectory = directory.Path,
            Seed = 8,
            Render = new RenderOptions { Workers = 2 },
            Validation = new WebSight.Core.Validation.ValidationOptions { MinVisibleWords = median },
        };
        var outcome = await Runner(options, new RunStats()).RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, outcome.Status);
        Assert.True(outcome.Stats.RejectedByReason["too_few_words"] > 0);
        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(
            6L,
            DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{glob}') WHERE visible_words >= {median}")
        );
        var rejects = directory.Combine("rejects", "*.parquet");
        Assert.Equal(
            outcome.Stats.Rejected,
            DuckDb.Scalar<long>(
                $"SELECT count(*) FROM read_parquet('{rejects}') WHERE reason = 'too_few_words' AND text LIKE '<html>%'"
            )
        );
    }
}
