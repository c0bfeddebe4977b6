using WebSight.Cli.Tests.Support;
using WebSight.Core.Diversity;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>`websight generate --html-only` as a user runs it: pages.jsonl without a browser, and render reads it.</summary>
public sealed class GenerateHtmlOnlyTests
{
    [Fact]
    public async Task Html_only_writes_fifty_pages_equal_to_the_generators_without_starting_a_browser()
    {
        using var directory = new TempDirectory();

        var result = await CliProcess.RunAsync(
            "generate",
            "--html-only",
            "--count",
            "50",
            "--seed",
            "4",
            "--out",
            directory.Path,
            "--browser-path",
            "/nonexistent/chromium"
        );

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Wrote 50 of 50 pages", result.Output);
        var lines = await File.ReadAllLinesAsync(directory.Combine("pages.jsonl"));
        Assert.Equal(50, lines.Length);
        var generator = new TemplateGenerator(new());
        for (var index = 0; index < lines.Length; index++)
        {
            using var line = System.Text.Json.JsonDocument.Parse(lines[index]);
            Assert.Equal(
                generator.Generate(SampleSpec.For(4, index)).Html,
                line.RootElement.GetProperty("text").GetString()
            );
        }
        Assert.False(Directory.Exists(directory.Combine("data")));
    }

    /// <summary>`render --input` of a pages.jsonl with one worker and no other flag.</summary>
    private static Task<CliResult> RenderAsync(string pages, string rendered) =>
        CliProcess.RunAsync(
            "render",
            "--input",
            Path.Combine(pages, "pages.jsonl"),
            "--out",
            rendered,
            "--workers",
            "1"
        );

    [Fact]
    public async Task Render_accepts_the_pages_jsonl_and_stats_measures_the_rendered_dataset()
    {
        using var directory = new TempDirectory();
        var pages = directory.Combine("pages");
        var rendered = directory.Combine("rendered");
        var generate = await CliProcess.RunAsync("generate", "--html-only", "--count", "3", "--out", pages);
        Assert.True(generate.ExitCode == 0, generate.All);

        var render = await RenderAsync(pages, rendered);
        Assert.True(render.ExitCode == 0, render.All);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(rendered, "data"), "*.parquet"));

        var stats = await CliProcess.RunAsync("stats", rendered, "--against", pages);
        Assert.True(stats.ExitCode == 0, stats.All);
        var report = DiversityReport.FromJson(await File.ReadAllTextAsync(Path.Combine(rendered, "diversity.json")));
        Assert.Equal(3, report.Pages);
        Assert.Equal("data", report.Source);
        Assert.NotNull(report.PageHeight);
        Assert.Equal(1.0, report.Sentences.Against!.FoundShare);
        Assert.Contains("## Diversity", await File.ReadAllTextAsync(Path.Combine(rendered, "README.md")));
    }

    [Fact]
    public async Task A_css_pages_jsonl_says_its_styling_and_render_keeps_it()
    {
        using var directory = new TempDirectory();
        var pages = directory.Combine("pages");
        var rendered = directory.Combine("rendered");
        var generate = await CliProcess.RunAsync(
            "generate",
            "--html-only",
            "--styling",
            "css",
            "--count",
            "2",
            "--out",
            pages
        );
        Assert.True(generate.ExitCode == 0, generate.All);
        foreach (var text in await File.ReadAllLinesAsync(Path.Combine(pages, "pages.jsonl")))
        {
            using var line = System.Text.Json.JsonDocument.Parse(text);
            var root = line.RootElement;
            Assert.Equal("css", root.GetProperty("styling").GetString());
            Assert.Equal(2, root.GetProperty("tailwind").GetInt32());
            Assert.Equal("en", root.GetProperty("locale").GetString());
            Assert.Equal(
                CodeTokens.Count(root.GetProperty("text").GetString()!),
                root.GetProperty("code_tokens").GetInt32()
            );
        }

        // No --styling flag: the file's own styling is used, so its semantic classes pass validation.
        var render = await RenderAsync(pages, rendered);
        Assert.True(render.ExitCode == 0, render.All);
        var glob = Path.Combine(rendered, "data", "*.parquet");
        Assert.Equal(["css", "css"], DuckDb.Query($"SELECT styling FROM read_parquet('{glob}')").Select(r => r[0]));
    }
}
