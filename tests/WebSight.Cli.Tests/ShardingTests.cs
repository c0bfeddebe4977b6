using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>Shards as separate processes, merged, against one unsharded run.</summary>
public sealed class ShardingTests
{
    private static Dictionary<string, string> TextById(string dataDirectory) =>
        DuckDb
            .Query($"SELECT id, text FROM read_parquet('{dataDirectory}/*.parquet')")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

    [Fact]
    public async Task Three_shard_processes_then_merge_give_the_same_ids_and_text_as_one_unsharded_run()
    {
        using var directory = new TempDirectory();
        var shards = Enumerable.Range(0, 3).Select(k => directory.Combine($"shard-{k}")).ToList();
        var runs = shards.Select(
            (shard, k) =>
                CliProcess.RunAsync(
                    "generate",
                    "--count",
                    "10",
                    "--seed",
                    "21",
                    "--out",
                    shard,
                    "--workers",
                    "1",
                    "--shard-index",
                    $"{k}",
                    "--shard-count",
                    "3"
                )
        );
        foreach (var run in await Task.WhenAll(runs))
            Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal([4, 3, 3], shards.Select(s => TextById(Path.Combine(s, "data")).Count));

        var merged = directory.Combine("merged");
        var merge = await CliProcess.RunAsync(["merge", .. shards, "--out", merged]);
        Assert.True(merge.ExitCode == 0, merge.All);
        var single = directory.Combine("single");
        var unsharded = await CliProcess.RunAsync("generate", "--count", "10", "--seed", "21", "--out", single);
        Assert.True(unsharded.ExitCode == 0, unsharded.All);

        var fromShards = TextById(Path.Combine(merged, "data"));
        var fromOne = TextById(Path.Combine(single, "data"));
        Assert.Equal(fromOne.Keys.Order(), fromShards.Keys.Order());
        foreach (var (id, text) in fromOne)
            Assert.Equal(text, fromShards[id]);
        var verify = await CliProcess.RunAsync("verify", merged);
        Assert.True(verify.ExitCode == 0, verify.All);
        Assert.Contains("merged from", File.ReadAllText(Path.Combine(merged, "README.md")));

        var again = await CliProcess.RunAsync(["merge", shards[0], shards[0], "--out", directory.Combine("twice")]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("shard(s) 0 are given more than once", again.Error);

        // One shard of three alone looks like a whole dataset with rows missing: refused unless asked for.
        var partial = directory.Combine("partial");
        var alone = await CliProcess.RunAsync("merge", shards[0], "--out", partial);
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("shard(s) 1, 2 are not among the inputs", alone.Error);
        Assert.False(Directory.Exists(Path.Combine(partial, "data")));
        var asked = await CliProcess.RunAsync("merge", shards[0], "--out", partial, "--allow-partial");
        Assert.True(asked.ExitCode == 0, asked.All);
        Assert.Equal(4, TextById(Path.Combine(partial, "data")).Count);
        // verify still says what the partial dataset lacks.
        var verifyPartial = await CliProcess.RunAsync("verify", partial);
        Assert.Equal(1, verifyPartial.ExitCode);
        Assert.Contains("holds 4 of the run's 10 rows", verifyPartial.All);
    }

    [Fact]
    public async Task A_slurm_array_task_takes_its_shard_from_the_environment()
    {
        using var directory = new TempDirectory();
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = "3" },
            "generate",
            "--count",
            "10",
            "--seed",
            "21",
            "--out",
            directory.Path,
            "--workers",
            "1"
        );
        Assert.True(result.ExitCode == 0, result.All);
        var indices = DuckDb
            .Query($"SELECT \"index\" FROM read_parquet('{directory.Path}/data/*.parquet') ORDER BY 1")
            .Select(r => (long)r[0]!);
        Assert.Equal([1L, 4, 7], indices);
    }

    [Fact]
    public async Task Near_duplicates_that_landed_in_different_shards_are_dropped_at_merge_naming_the_row_they_repeat()
    {
        using var directory = new TempDirectory();
        var input = directory.Combine("input");
        Directory.CreateDirectory(input);
        var page =
            "<html>\n<link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\">\n"
            + "<body class=\"p-8\"><h1 class=\"text-4xl font-bold text-indigo-700\">Harbour Lights Bakery</h1>"
            + "<p class=\"mt-4 text-gray-600\">Sourdough, rye and seeded loaves baked before dawn every day of the week.</p></body>\n</html>";
        File.WriteAllText(Path.Combine(input, "a.html"), page);
        File.WriteAllText(Path.Combine(input, "b.html"), page);
        var shards = Enumerable.Range(0, 2).Select(k => directory.Combine($"shard-{k}")).ToList();
        foreach (var (shard, k) in shards.Select((s, k) => (s, k)))
        {
            var run = await CliProcess.RunAsync(
                "render",
                "--input",
                input,
                "--out",
                shard,
                "--workers",
                "1",
                "--shard-index",
                $"{k}",
                "--shard-count",
                "2"
            );
            Assert.True(run.ExitCode == 0, run.All);
        }

        var merged = directory.Combine("merged");
        var merge = await CliProcess.RunAsync(["merge", .. shards, "--out", merged]);
        Assert.True(merge.ExitCode == 0, merge.All);
        var rows = DuckDb.Query($"SELECT id FROM read_parquet('{merged}/data/*.parquet')");
        Assert.Single(rows);
        var stats = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "stats.json")))!;
        Assert.Equal(1, (int)stats["rejected_by_reason"]!["near_duplicate"]!.GetValue<double>());
        Assert.Equal((string)rows[0][0]!, (string)stats["dropped_at_merge"]!.AsObject().Single().Value!);
        Assert.Equal(0, (await CliProcess.RunAsync("verify", merged)).ExitCode);
    }
}
