using WebSight.Core.Diversity;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Pipeline;

/// <summary>
/// Several viewports in one run, with real Chromium and DuckDB reading the shards back: one row per page and viewport,
/// images and layout at each viewport's size, pages kept whole across a stop and a resume, a test split by id.
/// </summary>
public sealed class ViewportRunTests
{
    private static readonly IReadOnlyList<Viewport> Three = Viewport.ParseList(
        "desktop=1280x800@2,tablet=768x1024@2,phone=390x844@3",
        RenderOptions.ViewportsFlag
    );

    /// <summary>The template generator, stopping the run (as a spent budget does) at a given index.</summary>
    private sealed class StoppingGenerator(long stopAt) : IPageSource
    {
        public string Name => TemplateGenerator.GeneratorName;

        public int Concurrency => 1;

        public ValueTask<StepResult<GeneratedPage>> GenerateAsync(
            SampleSpec spec,
            CancellationToken cancellationToken
        ) =>
            spec.Index >= stopAt
                ? ValueTask.FromResult(StepResult<GeneratedPage>.Stop("Budget reached."))
                : Shared.Generator.GenerateAsync(spec, cancellationToken);
    }

    private static RunOptions Options(string directory, int count, double testShare = 0) =>
        new()
        {
            Count = count,
            Seed = 11,
            OutputDirectory = directory,
            Render = new RenderOptions { Workers = 1, Viewports = Three },
            Writing = new WritingOptions { PartRows = 2, TestShare = testShare },
        };

    [Fact]
    public async Task Three_viewports_give_three_rows_per_page_with_images_and_layout_at_each_viewport_and_a_test_split_by_id()
    {
        using var directory = new TempDirectory();
        const double share = 0.4;
        var outcome = await Shared
            .Runner(Options(directory.Path, 6, share), Shared.Generator, new RunStats())
            .RunAsync(CancellationToken.None);
        Assert.True(outcome.Status == RunStatus.Completed, outcome.Message);

        var glob = directory.Combine("data", "*.parquet");
        var rows = DuckDb.Query(
            $"SELECT id, viewport, width, height, image.bytes, layout_elements[1].tag, layout_elements[1].width, "
                + "element_count, dom_depth, distinct_tags, text_length, image_count, filename "
                + $"FROM read_parquet('{glob}', filename = true) ORDER BY index, viewport"
        );
        Assert.Equal(18, rows.Count);
        foreach (var page in rows.GroupBy(r => (string)r[0]!))
        {
            Assert.Equal(["desktop", "phone", "tablet"], page.Select(r => (string)r[1]!));
            // Markup complexity is the page's, the same at every viewport, and counted.
            Assert.Single(page.Select(r => (r[7], r[8], r[9], r[10], r[11])).Distinct());
            Assert.True((int)page.First()[7]! > 20 && (int)page.First()[8]! > 3 && (int)page.First()[10]! > 50);
            // Every viewport of a page is in the same split, the one its id hashes to.
            var split = DatasetSplit.Of(page.Key, share);
            Assert.All(page, r => Assert.StartsWith(split + "-", Path.GetFileName((string)r[12]!)));
        }
        foreach (var row in rows)
        {
            var viewport = Three.Single(v => v.Name == (string)row[1]!);
            var image = DecodedImage.Decode((byte[])row[4]!);
            Assert.Equal((int)(viewport.Width * viewport.Scale), image.Width);
            Assert.Equal((int)row[2]!, image.Width);
            Assert.Equal((int)row[3]!, image.Height);
            Assert.True(image.Height >= viewport.Height * viewport.Scale);
            // The root element's box is in CSS pixels of this viewport.
            Assert.Equal("html", row[5]);
            Assert.Equal((float)viewport.Width, Convert.ToSingle(row[6]));
        }
        Assert.Contains(rows, r => ((string)r[12]!).Contains("test-", StringComparison.Ordinal));
        Assert.Contains(rows, r => ((string)r[12]!).Contains("train-", StringComparison.Ordinal));

        var card = await File.ReadAllTextAsync(directory.Combine("README.md"));
        Assert.Contains("  - split: train\n    path: data/train-*", card);
        Assert.Contains("  - split: test\n    path: data/test-*", card);
        var report = await new DatasetVerifier().VerifyAsync(directory.Path, CancellationToken.None);
        Assert.True(report.Ok, string.Join("\n", report.Faults));
        Assert.Equal(18, report.Rows);

        // `websight stats` reads both splits and counts each page once, not once per viewport.
        var diversity = await new DiversityAnalyzer(Shared.Rules).AnalyzeAsync(
            directory.Path,
            null,
            CancellationToken.None
        );
        Assert.Equal(6, diversity.Pages);
    }

    [Fact]
    public async Task A_stopped_run_commits_whole_pages_and_the_resume_completes_them_with_every_viewport()
    {
        using var directory = new TempDirectory();
        var stopped = await Shared
            .Runner(Options(directory.Path, 4), new StoppingGenerator(stopAt: 3), new RunStats())
            .RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Stopped, stopped.Status);

        // Each part holds whole pages: every id in it with all three viewports.
        var parts = new PartStore(new RunDirectory(directory.Path)).Parts();
        Assert.NotEmpty(parts);
        foreach (var part in parts)
        {
            var perId = DuckDb.Query($"SELECT id, count(*) FROM read_parquet('{part}') GROUP BY id");
            Assert.All(perId, r => Assert.Equal(3L, Convert.ToInt64(r[1])));
        }

        var resumed = await Shared
            .Runner(Options(directory.Path, 4), Shared.Generator, new RunStats())
            .RunAsync(CancellationToken.None);
        Assert.True(resumed.Status == RunStatus.Completed, resumed.Message);
        var counts = DuckDb.Query(
            $"SELECT id, count(*), count(DISTINCT viewport) FROM read_parquet('{directory.Combine("data", "*.parquet")}') GROUP BY id"
        );
        Assert.Equal(4, counts.Count);
        Assert.All(counts, r => Assert.Equal((3L, 3L), (Convert.ToInt64(r[1]), Convert.ToInt64(r[2]))));
        var report = await new DatasetVerifier().VerifyAsync(directory.Path, CancellationToken.None);
        Assert.True(report.Ok, string.Join("\n", report.Faults));
    }

    [Fact]
    public async Task A_resume_with_other_viewports_is_refused()
    {
        using var directory = new TempDirectory();
        await Shared
            .Runner(Options(directory.Path, 4), new StoppingGenerator(stopAt: 1), new RunStats())
            .RunAsync(CancellationToken.None);
        var other = new RunOptions
        {
            Count = 4,
            Seed = 11,
            OutputDirectory = directory.Path,
            Render = new RenderOptions { Workers = 1, Viewports = Three.Take(2).ToList() },
            Writing = new WritingOptions { PartRows = 2 },
        };
        var refusal = await Assert.ThrowsAsync<OptionsException>(() =>
            Shared.Runner(other, Shared.Generator, new RunStats()).RunAsync(CancellationToken.None)
        );
        Assert.Contains("viewports", refusal.Message);
    }

    [Fact]
    public async Task Shards_with_viewports_and_a_test_split_merge_into_one_dataset_that_verifies()
    {
        using var directory = new TempDirectory();
        var shards = new List<string>();
        for (var shard = 0; shard < 2; shard++)
        {
            var output = directory.Combine($"shard-{shard}");
            var options = Options(output, 4, testShare: 0.5);
            var sharded = new RunOptions
            {
                Count = options.Count,
                Seed = options.Seed,
                OutputDirectory = output,
                Render = options.Render,
                Writing = options.Writing,
                Sharding = new Sharding(shard, 2),
            };
            var outcome = await Shared
                .Runner(sharded, Shared.Generator, new RunStats())
                .RunAsync(CancellationToken.None);
            Assert.True(outcome.Status == RunStatus.Completed, outcome.Message);
            shards.Add(output);
        }

        var merged = directory.Combine("merged");
        var summary = await new DatasetMerger(new WritingOptions(), new Core.Quality.QualityOptions()).MergeAsync(
            shards,
            merged,
            CancellationToken.None
        );

        Assert.Equal(12, summary.Rows);
        var report = await new DatasetVerifier().VerifyAsync(merged, CancellationToken.None);
        Assert.True(report.Ok, string.Join("\n", report.Faults));
        var testIds = DuckDb
            .Query($"SELECT DISTINCT id FROM read_parquet('{Path.Combine(merged, "data", "test-*.parquet")}')")
            .Select(r => (string)r[0]!)
            .Order(StringComparer.Ordinal);
        var expected = Enumerable
            .Range(0, 4)
            .Select(i => SampleSpec.For(11, i).Id)
            .Where(id => DatasetSplit.Of(id, 0.5) == DatasetSplit.Test)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, testIds);
    }
}
