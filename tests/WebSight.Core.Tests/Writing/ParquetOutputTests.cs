using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Writing;

public sealed class ParquetOutputTests
{
    private static DatasetRow Row(long index, int imageBytes = 1000)
    {
        var spec = SampleSpec.For(1, index);
        var image = new byte[imageBytes];
        new Random((int)index).NextBytes(image);
        return new DatasetRow
        {
            Image = new HfImage { Bytes = image },
            Text = $"<html>\n<body>page {index}</body>\n</html>",
            LlmGeneratedIdea = $"idea {index}",
            Id = spec.Id,
            Generator = "template",
            Topic = "bakery",
            Seed = spec.Seed,
            Index = index,
            Width = 2560,
            Height = 1600 + (int)index,
            PageHeight = 800,
            Clamped = index % 2 == 0,
            VisibleWords = 42,
        };
    }

    [Fact]
    public async Task DuckDB_reads_the_websight_schema_with_image_as_a_bytes_path_struct()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("part.parquet");
        await ParquetFiles.WriteAtomicallyAsync(path, [Row(0), Row(1), Row(2)], 10, CancellationToken.None);

        var schema = DuckDb.Schema(path);
        Assert.Equal(
            [
                ("image", "STRUCT(bytes BLOB, path VARCHAR)"),
                ("text", "VARCHAR"),
                ("llm_generated_idea", "VARCHAR"),
                ("id", "VARCHAR"),
                ("generator", "VARCHAR"),
                ("tailwind", "VARCHAR"),
                ("topic", "VARCHAR"),
                ("archetype", "VARCHAR"),
                ("seed", "BIGINT"),
                ("index", "BIGINT"),
                ("viewport", "VARCHAR"),
                ("width", "INTEGER"),
                ("height", "INTEGER"),
                ("page_height", "INTEGER"),
                ("clamped", "BOOLEAN"),
                ("visible_words", "INTEGER"),
                ("code_tokens", "INTEGER"),
                ("element_count", "INTEGER"),
                ("dom_depth", "INTEGER"),
                ("distinct_tags", "INTEGER"),
                ("text_length", "INTEGER"),
                ("image_count", "INTEGER"),
                ("qa_flags", "VARCHAR"),
                ("qa_luma_stddev", "DOUBLE"),
                ("qa_dominant_share", "DOUBLE"),
                ("qa_content_share", "DOUBLE"),
                ("qa_overflow_px", "INTEGER"),
                ("qa_broken_images", "INTEGER"),
                ("qa_text_overflow", "INTEGER"),
                ("qa_image_hash", "BIGINT"),
                ("qa_text_hash", "BIGINT"),
                ("image_sources", "VARCHAR"),
                (
                    "layout_elements",
                    "STRUCT(tag VARCHAR, parent INTEGER, x FLOAT, y FLOAT, width FLOAT, height FLOAT, visible BOOLEAN, "
                        + "color VARCHAR, background_color VARCHAR, font_size FLOAT, font_weight INTEGER)[]"
                ),
                (
                    "layout_text",
                    "STRUCT(\"text\" VARCHAR, element INTEGER, x FLOAT, y FLOAT, width FLOAT, height FLOAT, color VARCHAR)[]"
                ),
                ("url", "VARCHAR"),
                ("resources_replaced", "INTEGER"),
                ("resource_kinds", "VARCHAR"),
                ("locale", "VARCHAR"),
                ("styling", "VARCHAR"),
            ],
            schema
        );
        var rows = DuckDb.Query(
            $"SELECT octet_length(image.bytes), image.path, text, height FROM read_parquet('{path}') ORDER BY \"index\""
        );
        Assert.Equal(3, rows.Count);
        Assert.Equal(1000L, Convert.ToInt64(rows[0][0]));
        Assert.Null(rows[0][1]);
        Assert.Equal("<html>\n<body>page 2</body>\n</html>", rows[2][2]);
        Assert.Equal(1602, rows[2][3]);
    }

    [Fact]
    public async Task The_huggingface_metadata_describes_every_column_with_image_as_an_Image_feature()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("part.parquet");
        await ParquetFiles.WriteAtomicallyAsync(path, [Row(0)], 10, CancellationToken.None);

        var value = DuckDb.Query(
            $"SELECT decode(value) FROM parquet_kv_metadata('{path}') WHERE decode(key) = 'huggingface'"
        );
        var features = JsonNode.Parse((string)value.Single()[0]!)!["info"]!["features"]!.AsObject();
        Assert.Equal("Image", (string)features["image"]!["_type"]!);
        Assert.Equal("string", (string)features["text"]!["dtype"]!);
        Assert.Equal("Value", (string)features["llm_generated_idea"]!["_type"]!);
        Assert.Equal("int64", (string)features["seed"]!["dtype"]!);
        Assert.Equal("int32", (string)features["width"]!["dtype"]!);
        Assert.Equal("bool", (string)features["clamped"]!["dtype"]!);
        Assert.Equal("float64", (string)features["qa_luma_stddev"]!["dtype"]!);
        Assert.Equal(DuckDb.Schema(path).Select(c => c.Name), features.Select(p => p.Key));
    }

    [Fact]
    public async Task Parts_consolidate_into_size_capped_shards_named_the_hugging_face_way_with_rows_in_index_order()
    {
        using var directory = new TempDirectory();
        var store = new PartStore(new RunDirectory(directory.Path));
        var indices = Enumerable.Range(0, 60).Select(i => (long)i).Reverse().ToList();
        foreach (var chunk in indices.Chunk(10))
            await store.CommitAsync(chunk.Select(i => Row(i, 200_000)).ToList(), CancellationToken.None);

        var options = new WritingOptions { ShardMaxBytes = 5L * 1024 * 1024, RowGroupBytes = 1024 * 1024 };
        var summary = await new ShardConsolidator(options).ConsolidateAsync(
            store.Parts(),
            directory.Combine("data"),
            CancellationToken.None
        );

        Assert.Equal(60, summary.Rows);
        Assert.True(summary.Shards.Count >= 2, $"{summary.Shards.Count} shards");
        for (var i = 0; i < summary.Shards.Count; i++)
            Assert.Equal($"train-{i:D5}-of-{summary.Shards.Count:D5}.parquet", summary.Shards[i].File);
        var glob = directory.Combine("data", "*.parquet");
        Assert.Equal(60L, DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM read_parquet('{glob}')"));
        foreach (var shard in summary.Shards)
        {
            var order = DuckDb
                .Query($"SELECT \"index\" FROM read_parquet('{directory.Combine("data", shard.File)}')")
                .Select(r => (long)r[0]!)
                .ToList();
            Assert.Equal(order.Order(), order);
            Assert.True(
                DuckDb.Scalar<long>(
                    $"SELECT count(*) FROM parquet_metadata('{directory.Combine("data", shard.File)}') WHERE column_id = 0"
                ) > 1,
                "one row group per shard; expected ~1 MB groups"
            );
        }
    }

    [Fact]
    public async Task Committing_leaves_no_temporary_files_and_ids_read_back_for_resume()
    {
        using var directory = new TempDirectory();
        var store = new PartStore(new RunDirectory(directory.Path));
        await store.CommitAsync([Row(0), Row(1)], CancellationToken.None);
        await store.CommitAsync([Row(2)], CancellationToken.None);
        Assert.Empty(Directory.EnumerateFiles(directory.Path, "*.tmp", SearchOption.AllDirectories));
        var ids = await store.CommittedIdsAsync(_ => { }, CancellationToken.None);
        Assert.Equal(new[] { 0L, 1, 2 }.Select(i => SampleSpec.For(1, i).Id).ToHashSet(), ids);
        Assert.Equal(["part-000000.parquet", "part-000001.parquet"], store.Parts().Select(Path.GetFileName));
    }

    [Fact]
    public void The_dataset_card_carries_hub_front_matter_with_an_image_feature()
    {
        var summary = new DatasetSummary([new ShardInfo("train-00000-of-00001.parquet", 1500, 1234)], 1500, 1234);
        var stats = new RunStats();
        stats.Reject(RejectReason.LoremIpsum);
        var card = DatasetCard.Render(
            summary,
            new CardSettings("template", [new("seed", "3")], "Test set"),
            stats.Snapshot()
        );
        Assert.StartsWith("---\n", card);
        Assert.Contains("  - name: image\n    dtype: image\n", card);
        Assert.Contains("  - name: text\n    dtype: string\n", card);
        Assert.Contains("    path: data/train-*", card);
        Assert.Contains("- 1K<n<10K", card);
        Assert.Contains("num_examples: 1500", card);
        Assert.Contains("`lorem_ipsum`: 1", card);
        Assert.Contains("- seed: `3`", card);
    }
}
