using System.IO.Compression;
using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Input;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Input;

/// <summary>WARC crawls and Parquet datasets as render input: what is a page, what each page reads as, and clear errors.</summary>
public sealed class RecordInputTests
{
    private static async Task<GeneratedPage> PageAsync(InputPageSource source, long index)
    {
        var result = await source.GenerateAsync(SampleSpec.For(0, index), CancellationToken.None);
        Assert.True(result.Passed, result.Refusal?.Detail);
        return result.Value!;
    }

    private static void WriteCrawl(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var warc = new WarcWriter(path);
        warc.Html("https://a.example/", "<html><body><p>Plain UTF-8: naïve café</p></body></html>");
        warc.Html(
            "https://b.example/fr",
            "<html><body><p>Chunked windows-1252: déjà vu</p></body></html>",
            Encoding.GetEncoding(1252),
            chunked: true
        );
        warc.Exchange("https://a.example/logo.png", "200 OK", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47]);
        warc.Exchange(
            "https://a.example/missing",
            "404 Not Found",
            "Content-Type: text/html",
            "<html>gone</html>"u8.ToArray()
        );
        var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(
                Encoding.Latin1.GetBytes(
                    "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gzipped, meta charset: \u00e9t\u00e9</p></body></html>"
                )
            );
        warc.Exchange(
            "https://c.example/zipped",
            "200 OK",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked",
            WarcWriter.Chunk(gzipped.ToArray())
        );
    }

    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    public async Task A_warc_gives_its_html_responses_in_order_with_their_urls_and_charsets(string name)
    {
        using var directory = new TempDirectory();
        var path = directory.Combine(name);
        WriteCrawl(path);

        var source = InputPageSource.Open(path);

        Assert.Equal(3, source.FixedSampleCount);
        Assert.Contains(source.SkipSummary(), l => l.Contains("not HTML pages: 8", StringComparison.Ordinal));
        var first = await PageAsync(source, 0);
        Assert.Equal("https://a.example/", first.Url);
        Assert.Contains("naïve café", first.Html, StringComparison.Ordinal);
        var second = await PageAsync(source, 1);
        Assert.Equal("https://b.example/fr", second.Url);
        Assert.Equal("<html><body><p>Chunked windows-1252: déjà vu</p></body></html>", second.Html);
        var third = await PageAsync(source, 2);
        Assert.Equal("https://c.example/zipped", third.Url);
        Assert.Contains("meta charset: été", third.Html, StringComparison.Ordinal);
        // Reading an earlier page again starts the file over.
        Assert.Equal(first.Html, (await PageAsync(source, 0)).Html);
        Assert.StartsWith("1 files, sha256 ", source.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_warc_is_a_clear_error_naming_it()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("notes.warc");
        File.WriteAllText(path, "just some text\nnot a crawl\n");

        var error = Assert.Throws<OptionsException>(() => InputPageSource.Open(path));

        Assert.Equal("--input", error.Option);
        Assert.Contains("notes.warc is not a readable WARC file", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a WARC version line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_cut_short_is_a_clear_error()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("cut.warc");
        WriteCrawl(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 40)]);

        var error = Assert.Throws<OptionsException>(() => InputPageSource.Open(path));

        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parquet_dataset_gives_text_idea_topic_and_url_by_row_across_files()
    {
        using var directory = new TempDirectory();
        var data = Directory.CreateDirectory(directory.Combine("data")).FullName;
        // Written by DuckDB, not by us: a dataset as another tool (or WebSight v0.2's own build) made it.
        DuckDb.Query(
            $"COPY (SELECT '<html><body>page ' || i || '</body></html>' AS text, 'idea ' || i AS llm_generated_idea, "
                + $"CASE WHEN i % 2 = 0 THEN 'https://x.example/' || i END AS url FROM range(0, 250) t(i)) "
                + $"TO '{data}/train-00000.parquet' (FORMAT parquet, ROW_GROUP_SIZE 100)"
        );
        DuckDb.Query(
            $"COPY (SELECT '<html><body>more ' || i || '</body></html>' AS text, 'topic ' || i AS topic FROM range(0, 5) t(i)) "
                + $"TO '{data}/train-00001.parquet' (FORMAT parquet)"
        );

        var source = InputPageSource.Open(data);

        Assert.Equal(255, source.FixedSampleCount);
        var page = await PageAsync(source, 148);
        Assert.Equal("<html><body>page 148</body></html>", page.Html);
        Assert.Equal("idea 148", page.Idea);
        Assert.Equal("https://x.example/148", page.Url);
        Assert.Null((await PageAsync(source, 149)).Url);
        Assert.Equal("<html><body>page 3</body></html>", (await PageAsync(source, 3)).Html);
        var last = await PageAsync(source, 254);
        Assert.Equal("<html><body>more 4</body></html>", last.Html);
        Assert.Equal("topic 4", last.Topic);
        Assert.StartsWith("2 files, sha256 ", source.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parquet_file_that_is_not_one_or_has_no_text_column_is_a_clear_error()
    {
        using var directory = new TempDirectory();
        var garbage = directory.Combine("broken.parquet");
        File.WriteAllText(garbage, "this is not parquet at all, just bytes");
        var noText = directory.Combine("no-text.parquet");
        DuckDb.Query($"COPY (SELECT 1 AS html) TO '{noText}' (FORMAT parquet)");

        var broken = Assert.Throws<OptionsException>(() => InputPageSource.Open(garbage));
        var missing = Assert.Throws<OptionsException>(() => InputPageSource.Open(noText));

        Assert.Contains("broken.parquet is not a readable Parquet file", broken.Message, StringComparison.Ordinal);
        Assert.Contains("no-text.parquet has no string column 'text'", missing.Message, StringComparison.Ordinal);
    }
}
