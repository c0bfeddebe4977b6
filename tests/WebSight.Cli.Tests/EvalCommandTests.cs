using System.Text.Json;
using System.Text.Json.Nodes;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>
/// `websight eval` end to end with real Chromium: a reference of five hand-written pages rendered by `render`, and
/// perturbed copies as predictions, each of which must lower the metric it should and leave the others near 1.
/// </summary>
public sealed class EvalCommandTests
{
    private const string Head =
        "<html><head><link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\"></head><body class=\"bg-white\">";

    private const string Visit =
        "<section class=\"p-8 bg-yellow-50\"><h2 class=\"text-2xl text-green-700\">Visit us</h2><p class=\"text-gray-800\">Open Monday to Saturday from seven until two, closed on Sundays and holidays.</p></section>";

    private static string Page(int n) =>
        Head
        + $"<header class=\"p-8 bg-gray-100\"><h1 class=\"text-4xl font-bold text-gray-900\">Pearl Street Bakery {n}</h1><p class=\"text-gray-700\">Fresh bread and pastries every morning since 1987.</p></header>"
        + "<section class=\"p-8\"><h2 class=\"text-2xl text-blue-700\">Our breads</h2><p class=\"text-gray-800\">Sourdough, rye and spelt loaves baked in a stone oven before dawn.</p></section>"
        + Visit
        + "<footer class=\"p-8 bg-gray-900 text-white\"><p>Contact: hello@pearlstreet.example, 12 Pearl Street, Springfield.</p></footer></body></html>";

    [Fact]
    public async Task Each_perturbation_lowers_its_metric_failures_score_zero_and_a_rerun_resumes()
    {
        using var directory = new TempDirectory();
        var ids = await RenderReferenceAsync(directory, 6);
        Assert.Equal(6, ids.Length);

        var predictions = new[]
        {
            Json(("id", ids[0]), ("text", Page(0))),
            Json(("id", ids[1]), ("text", EditText(Page(1)))),
            Json(
                ("id", ids[2]),
                (
                    "text",
                    Page(2)
                        .Replace(
                            "<section class=\"p-8\">",
                            "<section class=\"p-8 mt-64 ml-64\">",
                            StringComparison.Ordinal
                        )
                )
            ),
            Json(
                ("id", ids[3]),
                (
                    "text",
                    Page(3)
                        .Replace("text-gray-900", "text-red-600", StringComparison.Ordinal)
                        .Replace("text-gray-800", "text-pink-500", StringComparison.Ordinal)
                        .Replace("text-blue-700", "text-yellow-400", StringComparison.Ordinal)
                        .Replace("text-gray-700", "text-green-400", StringComparison.Ordinal)
                )
            ),
            Json(("id", ids[4]), ("text", Page(4).Replace(Visit, "", StringComparison.Ordinal))),
            Json(
                ("id", ids[5]),
                (
                    "text",
                    "<html><body><script src=\"https://evil.example/x.js\"></script><img src=\"https://evil.example/a.png\"></body></html>"
                )
            ),
            Json(("id", ids[0]), ("text", Page(0))),
            Json(("id", "not-a-reference-id"), ("text", Page(0))),
            "{ this is not json",
        };
        var predictionFile = directory.Combine("predictions.jsonl");
        await File.WriteAllLinesAsync(predictionFile, predictions);
        var output = directory.Combine("eval");
        Task<CliResult> Eval(string to, params string[] more) =>
            CliProcess.RunAsync([.. EvalArguments(directory, predictionFile, to, 2), .. more]);

        var eval = await Eval(output, "--part-rows", "2");

        Assert.True(eval.ExitCode == 0, eval.All);
        Assert.Contains("block_match", eval.Output);
        var rows = DuckDb
            .Query(
                $"SELECT id, block_match, text, position, color, visual, tree_bleu, ssim, mae, failure FROM '{Path.Combine(output, "scores.parquet")}'"
            )
            .ToDictionary(r => (string)r[0]!, r => r);
        Assert.Equal(6, rows.Count);
        double M(int page, int column) => Convert.ToDouble(rows[ids[page]][column]);
        const int Block = 1,
            Text = 2,
            Position = 3,
            Color = 4,
            Visual = 5,
            Tree = 6,
            Ssim = 7,
            Mae = 8;

        // The identical copy: 1 everywhere (the screenshots are the same bytes), no error.
        foreach (var column in new[] { Block, Text, Position, Color, Visual, Tree, Ssim })
            Assert.Equal(1, M(0, column), 3);
        Assert.Equal(0, M(0, Mae), 3);
        // Text edited: text drops (to (4 + 0.85 + 0.82 + 0.81) / 7 ≈ 0.93 by difflib); the blocks stay where they
        // were and keep their colours.
        Assert.InRange(M(1, Text), 0.88, 0.97);
        Assert.InRange(M(1, Position), 0.98, 1);
        Assert.InRange(M(1, Color), 0.99, 1);
        Assert.Equal(1, M(1, Tree), 3);
        // A block moved right and down: position drops, the text and colours stay.
        Assert.InRange(M(2, Position), 0, 0.95);
        Assert.InRange(M(2, Text), 0.99, 1);
        Assert.InRange(M(2, Color), 0.99, 1);
        Assert.Equal(1, M(2, Tree), 3);
        // Colours changed: colour drops; text, places and the tree stay.
        Assert.InRange(M(3, Color), 0, 0.9);
        Assert.InRange(M(3, Text), 0.99, 1);
        Assert.InRange(M(3, Position), 0.98, 1);
        Assert.InRange(M(3, Block), 0.95, 1);
        Assert.Equal(1, M(3, Tree), 3);
        // A section removed: less of the block area matches and the tree misses the section; matched text stays whole.
        Assert.InRange(M(4, Block), 0, 0.9);
        Assert.InRange(M(4, Tree), 0, 0.9);
        Assert.InRange(M(4, Text), 0.99, 1);
        Assert.InRange(M(4, Color), 0.99, 1);
        // Every perturbation shows in the screenshot metrics too.
        foreach (var page in new[] { 1, 2, 3, 4 })
            Assert.True(M(page, Ssim) < M(0, Ssim) && M(page, Mae) > M(0, Mae), $"page {page}");
        // The prediction the validator refuses scores 0 with its reason.
        Assert.Equal("foreign_resource", rows[ids[5]][9]);
        Assert.Equal(0, M(5, Block) + M(5, Text) + M(5, Visual) + M(5, Ssim));

        var summary = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")))!;
        Assert.Equal(6, (int)summary["pairs"]!);
        Assert.Equal(1, (int)summary["failed"]!);
        Assert.Equal(1, (int)summary["not_scored_by_reason"]!["duplicate_id"]!);
        Assert.Equal(1, (int)summary["not_scored_by_reason"]!["unknown_id"]!);
        Assert.Equal(1, (int)summary["not_scored_by_reason"]!["malformed_line"]!);
        var overall = summary["metrics"]!["overall"]!;
        Assert.InRange((double)overall["mean"]!, (double)overall["ci95_low"]!, (double)overall["ci95_high"]!);
        var report = await File.ReadAllTextAsync(Path.Combine(output, "report.md"));
        Assert.Contains("foreign_resource", report);
        Assert.True(File.Exists(Path.Combine(output, "report", "pair-01.jpg")));

        // A rerun scores nothing again and writes the same summary.
        var rerun = await Eval(output);
        Assert.True(rerun.ExitCode == 0, rerun.All);
        Assert.Contains("(0 scored now)", rerun.Output);
        Assert.Equal(
            summary.ToJsonString(),
            JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")))!.ToJsonString()
        );

        // As if killed before the last part was committed: the rerun scores those two pairs only, and all six are back.
        var parts = Directory.GetFiles(Path.Combine(output, "parts"), "part-*.parquet").Order().ToList();
        Assert.Equal(3, parts.Count);
        File.Delete(parts[^1]);
        File.WriteAllText(parts[^1] + ".tmp", "cut short");
        var resumed = await Eval(output);
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains("(2 scored now)", resumed.Output);
        Assert.Equal(
            6L,
            DuckDb.Scalar<long>($"SELECT count(DISTINCT id) FROM '{Path.Combine(output, "scores.parquet")}'")
        );
        Assert.False(File.Exists(parts[^1] + ".tmp"));

        // The reference was rendered at one viewport, "desktop"; another name is a usage error that lists it.
        var otherViewport = await Eval(directory.Combine("phone-scores"), "--viewport", "phone");
        Assert.Equal(2, otherViewport.ExitCode);
        Assert.Contains("--viewport", otherViewport.Error);
        Assert.Contains("desktop", otherViewport.Error);
    }

    [Fact]
    public async Task A_predictions_file_with_no_usable_line_exits_2_naming_the_flag()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("reference"));
        var predictions = directory.Combine("predictions.jsonl");
        await File.WriteAllTextAsync(predictions, "not json\n{\"id\": 3}\n");

        var result = await CliProcess.RunAsync(
            "eval",
            "--reference",
            directory.Combine("reference"),
            "--predictions",
            predictions,
            "--out",
            directory.Combine("eval")
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--predictions", result.Error);
        Assert.Contains("no usable prediction", result.Error);
        Assert.DoesNotContain("   at ", result.All);
    }

    [Fact]
    public async Task Sigkilled_twice_then_rerun_scores_every_pair_once_with_the_scores_of_an_uninterrupted_run()
    {
        using var directory = new TempDirectory();
        const int Pairs = 10;
        var ids = await RenderReferenceAsync(directory, Pairs);
        var predictionFile = directory.Combine("predictions.jsonl");
        await File.WriteAllLinesAsync(
            predictionFile,
            ids.Select((id, i) => Json(("id", id), ("text", i % 2 == 0 ? EditText(Page(i)) : Page(i))))
        );
        string[] Eval(string to) => [.. EvalArguments(directory, predictionFile, to, 1), "--part-rows", "2"];
        var killed = directory.Combine("killed");
        var parts = Path.Combine(killed, "parts");
        foreach (var after in new[] { 1, 3 })
        {
            using var process = CliProcess.Start(Eval(killed));
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (
                !(Directory.Exists(parts) && Directory.GetFiles(parts, "part-*.parquet").Length >= after)
                && !process.HasExited
                && DateTime.UtcNow < deadline
            )
                await Task.Delay(20);
            Assert.False(process.HasExited, "the eval ended before it could be killed");
            process.Kill();
            await process.WaitForExitAsync();
            foreach (var part in Directory.GetFiles(parts, "part-*.parquet"))
                Assert.True(DuckDb.Scalar<long>($"SELECT count(*) FROM read_parquet('{part}')") > 0, part);
        }
        Assert.True(Directory.GetFiles(parts, "part-*.parquet").Length < Pairs / 2, "nothing was left to resume");

        var resumed = await CliProcess.RunAsync(Eval(killed));
        var uninterrupted = await CliProcess.RunAsync(Eval(directory.Combine("whole")));

        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.All);
        var columns = "id, block_match, text, position, color, visual, tree_bleu, ssim, mae";
        var killedScores = DuckDb.Query(
            $"SELECT {columns} FROM '{Path.Combine(killed, "scores.parquet")}' ORDER BY id"
        );
        var wholeScores = DuckDb.Query(
            $"SELECT {columns} FROM '{directory.Combine("whole", "scores.parquet")}' ORDER BY id"
        );
        Assert.Equal(Pairs, killedScores.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), killedScores.Select(r => (string)r[0]!));
        for (var row = 0; row < Pairs; row++)
        for (var column = 1; column < wholeScores[row].Length; column++)
            Assert.Equal(Convert.ToDouble(wholeScores[row][column]), Convert.ToDouble(killedScores[row][column]), 9);
        Assert.Equal(
            JsonNode.Parse(await File.ReadAllTextAsync(directory.Combine("whole", "summary.json")))![
                "metrics"
            ]!.ToJsonString(),
            JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(killed, "summary.json")))![
                "metrics"
            ]!.ToJsonString()
        );
    }

    /// <summary>`eval` of the predictions against directory/reference into <paramref name="output"/>.</summary>
    private static string[] EvalArguments(TempDirectory directory, string predictions, string output, int workers) =>
        [
            "eval",
            "--reference",
            directory.Combine("reference"),
            "--predictions",
            predictions,
            "--out",
            output,
            "--workers",
            workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];

    /// <summary>The reference: <see cref="Page"/> 0 to count − 1 rendered by `render` into reference/; their ids.</summary>
    private static async Task<string[]> RenderReferenceAsync(TempDirectory directory, int count)
    {
        var pages = directory.Combine("pages.jsonl");
        await File.WriteAllLinesAsync(pages, Enumerable.Range(0, count).Select(i => Json(("text", Page(i)))));
        var render = await CliProcess.RunAsync(
            "render",
            "--input",
            pages,
            "--out",
            directory.Combine("reference"),
            "--workers",
            "2",
            // The pages differ in one word: kept, not dropped as near-duplicates of each other.
            "--keep-flagged"
        );
        Assert.True(render.ExitCode == 0, render.All);
        return DuckDb
            .Query($"SELECT id FROM '{directory.Combine("reference", "data", "*.parquet")}' ORDER BY index")
            .Select(r => (string)r[0]!)
            .ToArray();
    }

    /// <summary>Three of the seven text blocks reworded, each keeping about 0.8 of its characters (difflib ratio).</summary>
    private static string EditText(string page) =>
        page.Replace(
                "Fresh bread and pastries every morning since 1987.",
                "Fresh bread and cakes every evening since 1897.",
                StringComparison.Ordinal
            )
            .Replace(
                "Sourdough, rye and spelt loaves baked in a stone oven before dawn.",
                "Sourdough, rye and wheat loaves baked in a brick oven after dawn.",
                StringComparison.Ordinal
            )
            .Replace(
                "Open Monday to Saturday from seven until two, closed on Sundays and holidays.",
                "Open Tuesday to Sunday from eight until three, closed on Mondays and holidays.",
                StringComparison.Ordinal
            );

    private static string Json(params (string Key, string Value)[] fields) =>
        JsonSerializer.Serialize(fields.ToDictionary(f => f.Key, f => f.Value));
}
