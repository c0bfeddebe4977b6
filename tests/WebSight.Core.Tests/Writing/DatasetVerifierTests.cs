using System.Text.Json.Nodes;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Writing;

/// <summary>Datasets that mix silently: verify must name what is wrong, not pass them.</summary>
public sealed class DatasetVerifierTests
{
    private static readonly byte[] Jpeg = TinyJpeg();

    private static byte[] TinyJpeg()
    {
        using var bitmap = new SKBitmap(8, 4);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 65);
        return data.ToArray();
    }

    private static DatasetRow Row(long runSeed, long index)
    {
        var spec = SampleSpec.For(runSeed, index);
        return new DatasetRow
        {
            Image = new HfImage { Bytes = Jpeg },
            Text = $"<html>\n<body>page {index}</body>\n</html>",
            Id = spec.Id,
            Seed = spec.Seed,
            Index = index,
            Width = 8,
            Height = 4,
        };
    }

    /// <summary>A finished dataset of the given rows, made by the same finish routine as a run, with its run.json.</summary>
    private static async Task<RunDirectory> DatasetAsync(
        string path,
        long runSeed,
        int count,
        IEnumerable<DatasetRow> rows
    )
    {
        var run = new RunDirectory(path);
        RunManifest.WriteOrCheck(
            run,
            new JsonObject
            {
                ["count"] = count,
                ["seed"] = runSeed,
                ["generator"] = "template",
                ["shard_index"] = 0,
                ["shard_count"] = 1,
            },
            forceNew: false
        );
        var part = await new PartStore(run).CommitAsync(rows.ToList(), CancellationToken.None);
        await new DatasetFinisher(new WritingOptions()).FinishAsync(
            run,
            new DatasetSources([part], DeleteWhenDone: true),
            new CardSettings("template", []),
            (_, _) => StatsSnapshot.Empty,
            CancellationToken.None
        );
        return run;
    }

    private static Task<VerificationReport> VerifyAsync(RunDirectory run) =>
        new DatasetVerifier().VerifyAsync(run.Root, CancellationToken.None);

    [Fact]
    public async Task A_sound_dataset_passes()
    {
        using var directory = new TempDirectory();
        var run = await DatasetAsync(directory.Path, 5, 6, Enumerable.Range(0, 6).Select(i => Row(5, i)));
        var report = await VerifyAsync(run);
        Assert.True(report.Ok, string.Join("; ", report.Faults));
        Assert.Equal(6, report.Rows);
    }

    [Fact]
    public async Task Rows_of_another_seed_and_repeated_indexes_are_faults()
    {
        using var directory = new TempDirectory();
        // run.json says seed 5; rows 3..5 were made with seed 6 (a resume after run.json was replaced).
        var rows = Enumerable.Range(0, 3).Select(i => Row(5, i)).Concat(Enumerable.Range(2, 3).Select(i => Row(6, i)));
        var report = await VerifyAsync(await DatasetAsync(directory.Path, 5, 6, rows));

        Assert.False(report.Ok);
        Assert.Contains(report.Faults, f => f.Contains("index 2 appears more than once", StringComparison.Ordinal));
        Assert.Equal(
            3,
            report.Faults.Count(f => f.Contains("was not made with run.json's seed 5", StringComparison.Ordinal))
        );
    }

    [Fact]
    public async Task Missing_rows_and_a_missing_shard_are_faults()
    {
        using var directory = new TempDirectory();
        var run = await DatasetAsync(directory.Path, 5, 6, Enumerable.Range(0, 4).Select(i => Row(5, i)));
        File.Move(
            Path.Combine(run.Data, "train-00000-of-00001.parquet"),
            Path.Combine(run.Data, "train-00001-of-00002.parquet")
        );

        var report = await VerifyAsync(run);

        Assert.Contains("the dataset holds 4 of the run's 6 rows", report.Faults);
        Assert.Contains("data/ lacks train-00000-of-00002.parquet", report.Faults);
    }

    [Fact]
    public async Task A_dataset_without_its_run_json_is_a_fault()
    {
        using var directory = new TempDirectory();
        var run = await DatasetAsync(directory.Path, 5, 2, [Row(5, 0), Row(5, 1)]);
        File.Delete(run.Manifest);
        var report = await VerifyAsync(run);
        Assert.Contains(report.Faults, f => f.StartsWith("run.json is missing", StringComparison.Ordinal));
    }
}
