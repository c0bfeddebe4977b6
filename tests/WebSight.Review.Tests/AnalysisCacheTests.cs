using WebSight.Core.Quality;
using WebSight.Review.Tests.Support;

namespace WebSight.Review.Tests;

/// <summary>The image analysis cache in state/review/ is only a cache: a damaged one must never stop the review.</summary>
public sealed class AnalysisCacheTests : IDisposable
{
    private readonly TestDataset _dataset = new();

    private string CacheFile => Path.Combine(_dataset.Root, "state", "review", "analysis.sqlite");

    public void Dispose() => _dataset.Dispose();

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public async Task A_corrupt_cache_is_discarded_and_rebuilt_and_the_log_says_so_once(string damage)
    {
        await using (var first = await StartAsync(TextWriter.Null))
            await first.AnalysisRun.WaitAsync(TimeSpan.FromSeconds(60));
        Damage(damage);

        var log = new StringWriter();
        await using (var server = await StartAsync(log))
        {
            await server.AnalysisRun.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.All(server.Index.Entries, e => Assert.NotNull(e.Image));
            Assert.Contains("blank_image", server.Index.Find(TestDataset.BlankId)!.Flags);
            using var http = new HttpClient { BaseAddress = server.Url };
            using var thumbnail = await http.GetAsync($"api/samples/{_dataset.Ids[0]}/thumbnail");
            Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        }
        var line = Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(CacheFile, line, StringComparison.Ordinal);
        Assert.Contains("rebuilt", line, StringComparison.Ordinal);

        // What was rebuilt is whole: opened again, every measurement comes from it, and nothing is logged.
        var quiet = new StringWriter();
        using (
            var reopened = await ReviewedDataset.OpenAsync(
                _dataset.Root,
                new QualityOptions(),
                quiet,
                CancellationToken.None
            )
        )
            Assert.All(reopened.Index.Entries, e => Assert.NotNull(e.Image));
        Assert.Empty(quiet.ToString());
    }

    private Task<ReviewServer> StartAsync(TextWriter log) =>
        ReviewServer.StartAsync(
            new ReviewOptions { DatasetDirectory = _dataset.Root },
            new QualityOptions(),
            TimeProvider.System,
            log,
            CancellationToken.None
        );

    private void Damage(string damage)
    {
        if (damage == "garbage")
        {
            File.WriteAllText(CacheFile, "this is not a database, whatever its name says\n");
            return;
        }
        // Cut off the later pages (the metrics table), as a disk that filled up mid-write would.
        using var file = new FileStream(CacheFile, FileMode.Open);
        file.SetLength(file.Length / 2);
    }
}
