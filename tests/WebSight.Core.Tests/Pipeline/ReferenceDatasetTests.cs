using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Pipeline;

/// <summary>
/// The reference side of eval reads a row's screenshot and layout only when asked, a row group at a time, keeping a
/// few groups: whatever the order of the questions, every answer is that row's own, and rows of another viewport or
/// not asked for are never returned.
/// </summary>
public sealed class ReferenceDatasetTests
{
    private static DatasetRow Row(int page, string viewport) =>
        new()
        {
            Id = $"page-{page:D2}",
            Viewport = viewport,
            Width = viewport == "desktop" ? 1280 : 390,
            Height = 900,
            Image = new HfImage { Bytes = [(byte)page, (byte)viewport.Length, 7] },
            LayoutElements =
            [
                new LayoutElementRow
                {
                    Tag = "h1",
                    Parent = -1,
                    X = page,
                    Width = 100,
                    Height = 20,
                    Visible = true,
                    Color = "rgb(0, 0, 0)",
                    BackgroundColor = "rgba(0, 0, 0, 0)",
                    FontSize = 16,
                    FontWeight = 400,
                },
            ],
            LayoutText =
            [
                new LayoutTextRow
                {
                    Text = $"heading of page {page}",
                    Element = 0,
                    Width = 100,
                    Height = 20,
                    Color = "rgb(0, 0, 0)",
                },
            ],
        };

    [Fact]
    public async Task Rows_read_on_demand_over_more_row_groups_than_it_keeps_are_each_their_own_row()
    {
        using var directory = new TempDirectory();
        var run = new RunDirectory(directory.Path);
        Directory.CreateDirectory(run.Data);
        await File.WriteAllTextAsync(
            run.Manifest,
            new JsonObject
            {
                ["render"] = new JsonObject
                {
                    ["viewports"] = "desktop=1280x800@1,phone=390x844@1",
                    ["device_scale_factor"] = 1,
                },
            }.ToJsonString()
        );
        // Two shards of row groups of two rows each (a page's two viewports): eight groups, more than it keeps.
        for (var shard = 0; shard < 2; shard++)
        {
            var rows = Enumerable
                .Range(shard * 8, 8)
                .SelectMany(page => new[] { Row(page, "desktop"), Row(page, "phone") })
                .ToList();
            await ParquetFiles.WriteAtomicallyAsync(
                Path.Combine(run.Data, $"train-{shard:D5}-of-00002.parquet"),
                rows,
                2,
                CancellationToken.None
            );
        }
        var wanted = Enumerable.Range(0, 16).Where(p => p != 5).Select(p => $"page-{p:D2}").ToHashSet();

        using var dataset = await ReferenceDataset.OpenAsync(directory.Path, wanted, "phone", CancellationToken.None);

        Assert.Equal(16, dataset.Rows);
        Assert.False(dataset.Contains("page-05"));
        Assert.Equal(390, dataset.SettingsOf("page-03").ViewportWidth);
        // Back and forth across groups and shards, so groups are evicted and read again.
        foreach (var page in new[] { 15, 0, 7, 8, 1, 14, 2, 15, 0, 3, 12, 4, 9, 6, 10, 11, 13, 0 })
        {
            var reference = await dataset.GetAsync($"page-{page:D2}", CancellationToken.None);
            Assert.Equal($"page-{page:D2}", reference.Id);
            Assert.Equal(new byte[] { (byte)page, (byte)"phone".Length, 7 }, reference.Image);
            Assert.Equal($"heading of page {page}", Assert.Single(reference.Layout.TextBlocks).Text);
            Assert.Equal(390, reference.CssWidth);
        }
    }
}
