using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Writing;

namespace WebSight.Core.Tests.Writing;

public sealed class PartStoreTests
{
    private static DatasetRow Row(long index) =>
        new()
        {
            Id = SampleSpec.For(1, index).Id,
            Index = index,
            Text = "<html><body>x</body></html>",
        };

    [Fact]
    public async Task A_truncated_part_is_set_aside_by_name_and_its_rows_are_not_counted_as_done()
    {
        using var directory = new TempDirectory();
        var store = new PartStore(new RunDirectory(directory.Path));
        var good = await store.CommitAsync([Row(0), Row(1)], CancellationToken.None);
        var cut = await store.CommitAsync([Row(2), Row(3)], CancellationToken.None);
        var bytes = File.ReadAllBytes(cut);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

        var reports = new List<string>();
        var ids = await store.CommittedIdsAsync(reports.Add, CancellationToken.None);

        Assert.Equal([SampleSpec.For(1, 0).Id, SampleSpec.For(1, 1).Id], ids.Order());
        Assert.Contains(cut, Assert.Single(reports));
        Assert.True(File.Exists(cut + PartStore.UnreadableSuffix));
        Assert.Equal([good], store.Parts());
    }

    [Fact]
    public async Task A_rejected_page_keeps_a_bounded_head_with_the_size_and_hash_of_the_whole()
    {
        using var directory = new TempDirectory();
        var store = new PartStore(new RunDirectory(directory.Path));
        var huge = "<html><body>" + new string('é', 2_000_000) + "</body></html>";
        var row = RowMapper.ToRejectRow(
            new Rejection(SampleSpec.For(1, 0), "validate", RejectReason.TooLarge, "too big", huge)
        );
        await store.CommitRejectsAsync([row], CancellationToken.None);

        var file = Assert.Single(Directory.EnumerateFiles(directory.Combine("rejects")));
        var read = DuckDb.Query($"SELECT text, text_bytes, text_sha256 FROM read_parquet('{file}')").Single();
        var head = (string)read[0]!;
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(head) <= RowMapper.RejectTextHeadBytes);
        Assert.StartsWith(head, huge);
        Assert.Equal((long)System.Text.Encoding.UTF8.GetByteCount(huge), (long)read[1]!);
        Assert.Equal(
            Convert.ToHexStringLower(
                System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(huge))
            ),
            (string)read[2]!
        );
        // The head (with the column statistics Parquet keeps of it) bounds the file, not the 4 MB page.
        Assert.True(new FileInfo(file).Length < 1_000_000, $"{new FileInfo(file).Length} bytes");
    }
}
