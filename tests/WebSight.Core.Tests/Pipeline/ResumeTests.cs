using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Pipeline;

/// <summary>What a resume must not forget or mix: earlier rows' near-duplicates, unreadable parts, whose rows they are.</summary>
public sealed class ResumeTests
{
    private const string Bakery =
        "<html>\n<link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\">\n"
        + "<body class=\"p-8 bg-white\"><h1 class=\"text-4xl font-bold text-indigo-700\">Harbour Lights Bakery</h1>"
        + "<p class=\"mt-4 text-gray-600\">Sourdough, rye and seeded loaves baked before dawn every day of the week.</p></body>\n</html>";

    /// <summary>A fixed set of pages; a page given as null stops the run there, as a spent budget does.</summary>
    private sealed class ScriptedPages(params string?[] pages) : IPageSource
    {
        public string Name => "input";

        public int Concurrency => 1;

        public long? FixedSampleCount => pages.Length;

        public ValueTask<StepResult<GeneratedPage>> GenerateAsync(
            SampleSpec spec,
            CancellationToken cancellationToken
        ) =>
            ValueTask.FromResult(
                pages[spec.Index] is { } html
                    ? StepResult<GeneratedPage>.Pass(new GeneratedPage(spec, html, "", "test", Name, [], null))
                    : StepResult<GeneratedPage>.Stop("Budget reached.")
            );
    }

    private static RunOptions Options(string directory) =>
        new()
        {
            Count = 2,
            OutputDirectory = directory,
            Generator = "input",
            Render = new RenderOptions { Workers = 1 },
            Writing = new WritingOptions { PartRows = 1 },
        };

    [Fact]
    public async Task A_page_repeating_a_row_committed_before_the_resume_is_still_a_near_duplicate()
    {
        using var directory = new TempDirectory();
        var first = await Shared
            .Runner(Options(directory.Path), new ScriptedPages(Bakery, null), new RunStats())
            .RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Stopped, first.Status);
        Assert.Single(new PartStore(new RunDirectory(directory.Path)).Parts());

        var resumed = await Shared
            .Runner(Options(directory.Path), new ScriptedPages(Bakery, Bakery), new RunStats())
            .RunAsync(CancellationToken.None);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(1, resumed.Stats.RejectedByReason["near_duplicate"]);
        Assert.Equal(
            1L,
            DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{directory.Combine("data", "*.parquet")}')")
        );
    }

    [Fact]
    public async Task An_unreadable_part_is_set_aside_by_name_and_its_rows_are_made_again()
    {
        using var directory = new TempDirectory();
        var other = Bakery
            .Replace("Harbour Lights Bakery", "Northwind Cycling Club", StringComparison.Ordinal)
            .Replace(
                "Sourdough, rye and seeded loaves baked",
                "Group rides, repairs and route maps shared",
                StringComparison.Ordinal
            );
        await Shared
            .Runner(Options(directory.Path), new ScriptedPages(Bakery, null), new RunStats())
            .RunAsync(CancellationToken.None);
        var part = Assert.Single(new PartStore(new RunDirectory(directory.Path)).Parts());
        File.WriteAllBytes(part, File.ReadAllBytes(part)[..100]);

        var log = new List<string>();
        var stats = new RunStats();
        var resumed = await new PipelineBuilder(
            Options(directory.Path),
            (Shared.Tailwind, Shared.Rules),
            Shared.Browser
        )
            .Build(new ScriptedPages(Bakery, other), stats, log.Add)
            .RunAsync(CancellationToken.None);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Contains(
            log,
            line =>
                line.Contains(part, StringComparison.Ordinal) && line.Contains("set aside", StringComparison.Ordinal)
        );
        Assert.True(File.Exists(part + PartStore.UnreadableSuffix));
        Assert.Equal(
            2L,
            DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{directory.Combine("data", "*.parquet")}')")
        );
    }

    [Fact]
    public async Task Rows_whose_run_json_was_deleted_are_not_resumed_with_other_settings()
    {
        using var directory = new TempDirectory();
        await Shared
            .Runner(Options(directory.Path), new ScriptedPages(Bakery, null), new RunStats())
            .RunAsync(CancellationToken.None);
        File.Delete(new RunDirectory(directory.Path).Manifest);

        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Shared
                .Runner(
                    new RunOptions
                    {
                        Count = 2,
                        OutputDirectory = directory.Path,
                        Generator = "input",
                        Seed = 9,
                    },
                    new ScriptedPages(Bakery, Bakery),
                    new RunStats()
                )
                .RunAsync(CancellationToken.None)
        );
        Assert.Equal("--out", error.Option);
        Assert.Contains("no run.json", error.Message);
    }
}
