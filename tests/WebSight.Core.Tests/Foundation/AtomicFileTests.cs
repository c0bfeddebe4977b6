using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Foundation;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task A_write_lands_whole_and_leaves_no_temporary_file()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("deep", "file.json");
        await AtomicFile.WriteTextAsync(path, "{\"a\": 1}", CancellationToken.None);
        await AtomicFile.WriteTextAsync(path, "{\"a\": 2}", CancellationToken.None);
        Assert.Equal("{\"a\": 2}", File.ReadAllText(path));
        Assert.Single(Directory.EnumerateFiles(directory.Combine("deep")));
    }

    /// <summary>
    /// /dev/full fails every write with ENOSPC, as a full disk does; the temporary file is pointed at it. Parquet.Net
    /// wraps the stream's error in its own ("failed to serialise data column"), which named neither the disk nor the file.
    /// </summary>
    [Fact]
    public async Task A_full_disk_is_reported_as_such_naming_the_file_and_the_old_file_stays()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("train-00000-of-00001.parquet");
        File.WriteAllText(path, "the old shard");
        File.CreateSymbolicLink(path + AtomicFile.TemporarySuffix, "/dev/full");

        var rows = Enumerable.Range(0, 4).Select(i => new DatasetRow { Id = $"r{i}", Text = new string('x', 100_000) });
        var error = await Assert.ThrowsAsync<DiskFullException>(() =>
            ParquetFiles.WriteAtomicallyAsync(path, rows.ToList(), 4, CancellationToken.None)
        );

        Assert.Contains("the disk is full", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Equal("the old shard", File.ReadAllText(path));
        Assert.False(File.Exists(path + AtomicFile.TemporarySuffix));
    }
}
