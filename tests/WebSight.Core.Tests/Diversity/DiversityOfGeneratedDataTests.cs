using System.Text.Json;
using WebSight.Core.Diversity;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Diversity;

/// <summary>The measures on real generated data: a rendered Parquet dataset and the same pages as pages.jsonl agree.</summary>
public sealed class DiversityOfGeneratedDataTests
{
    [Fact]
    public async Task A_rendered_twenty_page_dataset_and_its_pages_jsonl_give_the_same_sentence_and_skeleton_figures()
    {
        using var directory = new TempDirectory();
        var rendered = directory.Combine("rendered");
        var options = new RunOptions
        {
            Count = 20,
            OutputDirectory = rendered,
            Seed = 11,
            Render = new RenderOptions { Workers = 2 },
        };
        var outcome = await Shared.Runner(options, Shared.Generator, new RunStats()).RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, outcome.Status);

        var lines = directory.Combine("lines");
        var linesOptions = new RunOptions
        {
            Count = 30,
            OutputDirectory = lines,
            Seed = 11,
        };
        await new HtmlOnlyRunner(linesOptions, Shared.Generator, Shared.Validator()).RunAsync(CancellationToken.None);
        await KeepOnlyAsync(Path.Combine(lines, "pages.jsonl"), await RenderedIdsAsync(rendered));

        var fromParquet = await new DiversityAnalyzer(Shared.Rules).AnalyzeAsync(
            rendered,
            null,
            CancellationToken.None
        );
        var fromLines = await new DiversityAnalyzer(Shared.Rules).AnalyzeAsync(lines, rendered, CancellationToken.None);

        Assert.Equal("data", fromParquet.Source);
        Assert.Equal("pages.jsonl", fromLines.Source);
        Assert.Equal(20, fromParquet.Pages);
        Assert.Equal(20, fromLines.Pages);
        Assert.Equal(fromParquet.Sentences with { Against = null }, fromLines.Sentences with { Against = null });
        Assert.Equal(1.0, fromLines.Sentences.Against!.FoundShare);
        Assert.Equal(fromParquet.Skeletons, fromLines.Skeletons);
        Assert.Equal(fromParquet.Classes, fromLines.Classes);
        Assert.Equal(fromParquet.CodeTokens, fromLines.CodeTokens);
        Assert.True(fromParquet.Skeletons.DistinctSections > 10, $"{fromParquet.Skeletons}");
        Assert.True(fromParquet.Sentences.Total > 100, $"{fromParquet.Sentences}");
        Assert.NotNull(fromParquet.PageHeight);
        Assert.Null(fromLines.PageHeight);
    }

    private static async Task<HashSet<string>> RenderedIdsAsync(string run)
    {
        var ids = new HashSet<string>();
        foreach (var shard in new RunDirectory(run).Shards())
            ids.UnionWith(await ParquetFiles.ReadIdsAsync(shard, CancellationToken.None));
        return ids;
    }

    /// <summary>QA may have replaced a page by a later index; the JSON lines keep exactly the rendered pages.</summary>
    private static async Task KeepOnlyAsync(string path, HashSet<string> ids)
    {
        var kept = (await File.ReadAllLinesAsync(path))
            .Where(line => ids.Contains(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!))
            .ToList();
        Assert.Equal(ids.Count, kept.Count);
        await File.WriteAllLinesAsync(path, kept);
    }
}
