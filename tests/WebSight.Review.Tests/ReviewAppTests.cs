using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WebSight.Core.Quality;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Support;
using WebSight.Review.Tests.Support;

namespace WebSight.Review.Tests;

/// <summary>The review app driven in real Chromium: filters, keyboard decisions that survive a restart, export.</summary>
public sealed class ReviewAppTests : IAsyncLifetime
{
    private TestDataset _dataset = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _dataset = new TestDataset();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserLocator.Locate(null),
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            }
        );
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        _dataset.Dispose();
    }

    private async Task<ReviewServer> StartAsync()
    {
        var server = await ReviewServer.StartAsync(
            new ReviewOptions { DatasetDirectory = _dataset.Root },
            new QualityOptions(),
            TimeProvider.System,
            TextWriter.Null,
            CancellationToken.None
        );
        await server.AnalysisRun.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    private async Task<IPage> OpenAsync(ReviewServer server)
    {
        var page = await _browser.NewPageAsync(
            new BrowserNewPageOptions
            {
                ViewportSize = new() { Width = 1400, Height = 900 },
            }
        );
        await page.GotoAsync(server.Url.ToString());
        await page.Locator(".card").First.WaitForAsync();
        await Assertions.Expect(page.Locator("#progress")).ToHaveTextAsync("images analysed");
        return page;
    }

    /// <summary>
    /// Waits until the grid shows exactly these cards, in order. A count alone is not enough: the grid still shows the
    /// previous filter's cards until the new reply arrives, and two filters can match the same number.
    /// </summary>
    private static Task ExpectCardsAsync(IPage page, IEnumerable<string> ids) =>
        Assertions.Expect(page.Locator(".card .meta .id")).ToHaveTextAsync(ids.ToArray());

    [Fact]
    public async Task Filter_open_decide_with_the_keyboard_restart_and_export_the_accepted_rows()
    {
        string accepted,
            rejected;
        await using (var server = await StartAsync())
        {
            var page = await OpenAsync(server);
            await ExpectCardsAsync(page, _dataset.Ids);

            await page.Locator("#flag-filter").SelectOptionAsync("blank_image");
            await ExpectCardsAsync(page, [TestDataset.BlankId]);
            await page.Locator("#flag-filter").SelectOptionAsync("near_duplicate");
            await ExpectCardsAsync(page, [TestDataset.DuplicateId]);

            await page.Locator("#flag-filter").SelectOptionAsync("none");
            var clean = _dataset
                .Ids.Where(id => id is not TestDataset.BlankId and not TestDataset.DuplicateId)
                .ToList();
            await ExpectCardsAsync(page, clean);
            (accepted, rejected) = (clean[0], clean[1]);

            await page.Locator(".card").First.ClickAsync();
            await Assertions.Expect(page.Locator("#detail-id")).ToContainTextAsync(accepted);
            await Assertions.Expect(page.Locator("#detail-html .tag").First).ToHaveTextAsync("<html");
            await page.Keyboard.PressAsync("a");
            await Assertions.Expect(page.Locator("#detail-status")).ToHaveTextAsync("accepted");
            await page.Keyboard.PressAsync("j");
            await Assertions.Expect(page.Locator("#detail-id")).ToContainTextAsync(rejected);
            await page.Keyboard.PressAsync("r");
            await Assertions.Expect(page.Locator("#detail-status")).ToHaveTextAsync("rejected");
            await page.Keyboard.PressAsync("n");
            await page.Keyboard.TypeAsync("header overlaps the logo");
            await page.Keyboard.PressAsync("Control+Enter");
            await Assertions.Expect(page.Locator("#detail-status")).ToHaveTextAsync("rejected");
            await WaitForNoteAsync(server, rejected, "header overlaps the logo");

            await page.Keyboard.PressAsync("Escape"); // leave the note box
            await page.Keyboard.PressAsync("Escape"); // back to the grid
            await page.Locator("#flag-filter").SelectOptionAsync("");
            await page.Locator("#status-filter").SelectOptionAsync("accepted");
            await ExpectCardsAsync(page, [accepted]);
        }

        await using (var restarted = await StartAsync())
        {
            var page = await OpenAsync(restarted);
            await page.Locator("#status-filter").SelectOptionAsync("accepted");
            await ExpectCardsAsync(page, [accepted]);
            await page.Locator("#status-filter").SelectOptionAsync("rejected");
            await ExpectCardsAsync(page, [rejected]);
            await page.Locator(".card").First.ClickAsync();
            await Assertions.Expect(page.Locator("#note")).ToHaveValueAsync("header overlaps the logo");
        }

        var output = _dataset.Combine("exported");
        var result = await DatasetExporter.ExportAsync(
            new ExportOptions
            {
                SourceDirectory = _dataset.Root,
                OutputDirectory = output,
                AcceptedOnly = true,
            },
            new QualityOptions(),
            TextWriter.Null,
            CancellationToken.None
        );
        Assert.Equal(1, result.Rows);
        var glob = Path.Combine(output, "data", "*.parquet");
        var rows = DuckDb.Query($"SELECT id, octet_length(image.bytes), text FROM read_parquet('{glob}')");
        Assert.Equal(accepted, Assert.Single(rows)[0]);
        Assert.True((long)rows[0][1]! > 1000);
        Assert.Equal(
            ["train-00000-of-00001.parquet"],
            Directory.GetFiles(Path.Combine(output, "data")).Select(Path.GetFileName)
        );
        var card = await File.ReadAllTextAsync(Path.Combine(output, "README.md"));
        Assert.Contains("num_examples: 1", card, StringComparison.Ordinal);
        Assert.Contains("- removed, rejected by a reviewer: 1", card, StringComparison.Ordinal);
        Assert.Contains(
            $"- removed, not reviewed (--accepted-only): {_dataset.Ids.Count - 2}",
            card,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_late_reply_to_an_earlier_filter_never_replaces_the_cards_of_the_newer_one()
    {
        await using var server = await StartAsync();
        var page = await OpenAsync(server);
        var release = new TaskCompletionSource();
        await page.RouteAsync(
            new Regex(@"/api/samples\?.*flag=blank_image"),
            async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            }
        );

        await page.Locator("#flag-filter").SelectOptionAsync("blank_image");
        await page.Locator("#flag-filter").SelectOptionAsync("near_duplicate");
        await ExpectCardsAsync(page, [TestDataset.DuplicateId]);

        var staleReply = page.WaitForRequestFinishedAsync(
            new() { Predicate = request => request.Url.Contains("flag=blank_image", StringComparison.Ordinal) }
        );
        release.SetResult();
        await staleReply;
        // Let the page's fetch continuation run before looking: a few timer turns are plenty for a 1-row reply.
        await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 250))");
        var shown = await page.Locator(".card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.id)");
        Assert.Equal([TestDataset.DuplicateId], shown);
    }

    [Fact]
    public async Task Export_without_accepted_only_keeps_all_but_rejected_and_exclude_flagged_drops_flagged_rows()
    {
        await using (var server = await StartAsync())
        {
            using var http = new HttpClient { BaseAddress = server.Url };
            var response = await http.PostAsJsonAsync(
                $"api/samples/{_dataset.Ids[0]}/decision",
                new { status = "rejected" }
            );
            response.EnsureSuccessStatusCode();
        }
        var output = _dataset.Combine("filtered");
        await DatasetExporter.ExportAsync(
            new ExportOptions
            {
                SourceDirectory = _dataset.Root,
                OutputDirectory = output,
                ExcludeFlagged = true,
            },
            new QualityOptions(),
            TextWriter.Null,
            CancellationToken.None
        );
        var ids = DuckDb
            .Query($"SELECT id FROM read_parquet('{Path.Combine(output, "data", "*.parquet")}') ORDER BY index")
            .Select(r => (string)r[0]!)
            .ToList();
        var expected = _dataset
            .Ids.Skip(1)
            .Where(id => id is not TestDataset.BlankId and not TestDataset.DuplicateId)
            .ToList();
        Assert.Equal(expected, ids);
        var schema = DuckDb.Schema(Path.Combine(output, "data", "*.parquet"));
        Assert.Equal("image", schema[0].Name);
        Assert.StartsWith("STRUCT(bytes BLOB, path VARCHAR)", schema[0].Type, StringComparison.Ordinal);
        var metadata = DuckDb.Scalar<string>(
            $"SELECT decode(value) FROM parquet_kv_metadata('{Path.Combine(output, "data", "*.parquet")}') WHERE decode(key) = 'huggingface'"
        );
        Assert.Contains("\"_type\":\"Image\"", metadata, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_page_draws_charts_from_the_index_and_stats_json()
    {
        await using var server = await StartAsync();
        var page = await OpenAsync(server);
        await page.Locator("#tab-summary").ClickAsync();
        await Assertions.Expect(page.Locator(".chart")).ToHaveCountAsync(12);
        await Assertions
            .Expect(page.Locator(".chart", new() { HasText = "stats.json" }))
            .ToContainTextAsync("too_few_words");
        Assert.True(await page.Locator(".chart svg rect").CountAsync() > 20);
        using var http = new HttpClient { BaseAddress = server.Url };
        using var summary = JsonDocument.Parse(await http.GetStringAsync("api/summary"));
        Assert.Equal(_dataset.Ids.Count, summary.RootElement.GetProperty("rows").GetInt32());
        var flags = summary
            .RootElement.GetProperty("flags")
            .EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetInt32());
        Assert.Equal(1, flags["blank_image"]);
        Assert.Equal(1, flags["near_duplicate"]);
    }

    private static async Task WaitForNoteAsync(ReviewServer server, string id, string note)
    {
        using var http = new HttpClient { BaseAddress = server.Url };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var detail = JsonDocument.Parse(await http.GetStringAsync($"api/samples/{id}"));
            if (detail.RootElement.GetProperty("note").GetString() == note)
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"the note on {id} was not saved");
    }
}
