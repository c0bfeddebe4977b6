using System.Text;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>
/// `websight render` over real pages: the corpus of documentation pages in tests/corpus/real-pages (not written by
/// us), WARC crawls and Parquet datasets, read back with DuckDB; and clear errors for bad flags and unreadable input.
/// </summary>
public sealed class RealPagesCommandTests
{
    private static readonly string Corpus = Path.Combine(Repository.Root, "tests", "corpus", "real-pages");

    /// <summary>Real pages' own filters relaxed: they use no Tailwind, some say "lorem ipsum" or have two bodies.</summary>
    private static readonly string[] RealPageFlags =
    [
        "--allow-lorem-ipsum",
        "--allow-several-bodies",
        "--max-unknown-class-share",
        "1",
        "--keep-flagged",
        "--device-scale-factor",
        "1",
        "--max-height",
        "2000",
        "--workers",
        "2",
    ];

    [Fact]
    public async Task At_least_90_percent_of_the_real_corpus_renders_with_placeholders_and_every_rejection_has_a_reason()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("out");

        var result = await CliProcess.RunAsync(["render", "--input", Corpus, "--out", output, .. RealPageFlags]);

        Assert.True(result.ExitCode == 0, result.All);
        var pages = Directory
            .EnumerateFiles(Corpus, "*.html", SearchOption.AllDirectories)
            .Count(f => !f.Contains("_files"));
        var rows = DuckDb.Query(
            $"SELECT topic, resources_replaced, resource_kinds, url FROM read_parquet('{output}/data/*.parquet')"
        );
        var rejects = DuckDb.Query($"SELECT reason, detail FROM read_parquet('{output}/rejects/*.parquet')");
        Assert.Equal(pages, rows.Count + rejects.Count);
        Assert.True(rows.Count >= 0.9 * pages, $"{rows.Count} of {pages} rendered; rejected: {Describe(rejects)}");
        Assert.All(
            rejects,
            r => Assert.False(string.IsNullOrWhiteSpace((string?)r[0]) || string.IsNullOrWhiteSpace((string?)r[1]))
        );
        // Relative and external resources were answered offline, counted on their rows; WARC-only url stays null.
        Assert.True(rows.Count(r => (int)r[1]! > 0) >= rows.Count / 2);
        Assert.All(rows, r => Assert.Null(r[3]));
        var readline = rows.Single(r => (string)r[0]! == "saved/nodejs-readline.html");
        Assert.Contains("stylesheet", ((string)readline[2]!).Split(','));
    }

    [Fact]
    public async Task Local_serves_saved_pages_with_their_own_files_and_replaces_only_what_is_missing()
    {
        using var directory = new TempDirectory();
        var saved = Path.Combine(Corpus, "saved");
        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var policy in new[] { "placeholder", "local" })
        {
            var output = directory.Combine(policy);
            var result = await CliProcess.RunAsync([
                "render",
                "--input",
                saved,
                "--out",
                output,
                "--resources",
                policy,
                .. RealPageFlags,
            ]);
            Assert.True(result.ExitCode == 0, result.All);
            counts[policy] = DuckDb
                .Query($"SELECT topic, resources_replaced FROM read_parquet('{output}/data/*.parquet')")
                .ToDictionary(r => (string)r[0]!, r => (int)r[1]!);
        }
        Assert.Equal(Directory.GetFiles(saved, "*.html").Length, counts["local"].Count);
        // The saved stylesheets and images were served from page_files/: fewer replacements. (A page whose saved
        // stylesheet now loads may ask for more: rustdoc's fonts, left out of the corpus, are replaced then.)
        foreach (
            var page in new[]
            {
                "httplib2-module.html",
                "libxslt-index.html",
                "nodejs-path.html",
                "nodejs-readline.html",
                "rust-book-ch03-02-data-types.html",
            }
        )
            Assert.True(
                counts["local"][page] < counts["placeholder"][page],
                $"{page}: {counts["local"][page]} local, {counts["placeholder"][page]} placeholder"
            );
        Assert.Equal(0, counts["local"]["httplib2-module.html"]);
        // Only the Google Fonts stylesheet, which no saved copy has, is left for readline.
        Assert.Equal(1, counts["local"]["nodejs-readline.html"]);
    }

    [Fact]
    public async Task A_warc_crawl_renders_its_html_pages_with_their_urls_in_the_url_column()
    {
        using var directory = new TempDirectory();
        var crawl = directory.Combine("crawl.warc.gz");
        using (var warc = new WarcWriter(crawl))
        {
            warc.Html(
                "https://news.example/story",
                "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/site.css\"></head><body><h1>A story from the crawl</h1>"
                    + "<img src=\"/photos/lead.jpg\" width=\"600\" height=\"300\" alt=\"harbour\"><p>"
                    + string.Concat(Enumerable.Repeat("Words of a real article, written for people. ", 20))
                    + "</p></body></html>",
                chunked: true
            );
            warc.Exchange(
                "https://news.example/site.css",
                "200 OK",
                "Content-Type: text/css",
                "h1{color:red}"u8.ToArray()
            );
            warc.Html(
                "https://blog.example/post?id=7",
                "<html><body><h2>Second page</h2><p>"
                    + string.Concat(Enumerable.Repeat("A blog post with enough words in it. ", 10))
                    + "</p></body></html>"
            );
        }
        var output = directory.Combine("out");

        var result = await CliProcess.RunAsync(["render", "--input", crawl, "--out", output, .. RealPageFlags]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("not HTML pages: 5", result.Output);
        var rows = DuckDb.Query(
            $"SELECT url, resources_replaced, resource_kinds, typeof(url) FROM read_parquet('{output}/data/*.parquet') ORDER BY \"index\""
        );
        Assert.Equal(2, rows.Count);
        Assert.Equal("https://news.example/story", rows[0][0]);
        Assert.Equal(2, rows[0][1]);
        Assert.Equal("image,stylesheet", rows[0][2]);
        Assert.Equal("https://blog.example/post?id=7", rows[1][0]);
        Assert.Equal(0, rows[1][1]);
        Assert.Equal("VARCHAR", rows[0][3]);
    }

    [Fact]
    public async Task A_dataset_re_renders_from_its_parquet_at_another_viewport()
    {
        using var directory = new TempDirectory();
        var page = Path.Combine(Corpus, "libffi-introduction.html");
        var first = directory.Combine("first");
        Assert.Equal(
            0,
            (await CliProcess.RunAsync(["render", "--input", page, "--out", first, .. RealPageFlags])).ExitCode
        );
        var second = directory.Combine("second");

        var result = await CliProcess.RunAsync([
            "render",
            "--input",
            Path.Combine(first, "data"),
            "--out",
            second,
            "--viewport-width",
            "800",
            .. RealPageFlags,
        ]);

        Assert.True(result.ExitCode == 0, result.All);
        var text = DuckDb.Scalar<string>($"SELECT text FROM read_parquet('{first}/data/*.parquet')");
        var row = DuckDb.Query($"SELECT text, width FROM read_parquet('{second}/data/*.parquet')").Single();
        Assert.Equal(text, row[0]);
        Assert.Equal(await File.ReadAllTextAsync(page), row[0]);
        Assert.Equal(800, row[1]);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("")]
    public async Task A_bad_resources_value_is_a_usage_error_naming_the_flag(string value)
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("out");

        var result = await CliProcess.RunAsync(["render", "--input", Corpus, "--out", output, "--resources", value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--resources", result.Error);
        Assert.Contains("placeholder, local or reject", result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.False(Directory.Exists(output), "nothing may be written on bad usage");
    }

    [Theory]
    [InlineData("broken.parquet", "is not a readable Parquet file")]
    [InlineData("broken.warc", "is not a readable WARC file")]
    [InlineData("broken.warc.gz", "is not a readable WARC file")]
    public async Task Unreadable_parquet_or_warc_input_is_one_clear_error(string name, string message)
    {
        using var directory = new TempDirectory();
        var input = directory.Combine(name);
        await File.WriteAllBytesAsync(input, Encoding.ASCII.GetBytes("PAR1 this is not what its name says\n"));
        var output = directory.Combine("out");

        var result = await CliProcess.RunAsync(["render", "--input", input, "--out", output]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{name} {message}", result.Error);
        Assert.DoesNotContain("   at ", result.All);
    }

    private static string Describe(List<object?[]> rejects) =>
        string.Join("; ", rejects.Select(r => $"{r[0]}: {r[1]}"));
}
