using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using WebSight.Core.Quality;
using WebSight.Core.Setup;
using WebSight.Review.Tests.Support;

namespace WebSight.Review.Tests;

/// <summary>What the review server refuses: paths outside the dataset, scripts in samples, other interfaces and hosts.</summary>
public sealed class ReviewSecurityTests : IAsyncLifetime
{
    private TestDataset _dataset = null!;
    private ReviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _dataset = new TestDataset();
        _server = await ReviewServer.StartAsync(
            new ReviewOptions { DatasetDirectory = _dataset.Root },
            new QualityOptions(),
            TimeProvider.System,
            TextWriter.Null,
            CancellationToken.None
        );
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dataset.Dispose();
    }

    [Theory]
    [InlineData("/../run.json")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/run.json")]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/%252e%252e/run.json")]
    [InlineData("/..%5crun.json")]
    [InlineData("/run.json")]
    [InlineData("/data/train-00000-of-00001.parquet")]
    [InlineData("/state/review.sqlite")]
    [InlineData("/api/samples/..%2F..%2Frun.json/image")]
    [InlineData("/api/samples/%2Fetc%2Fpasswd/thumbnail")]
    [InlineData("/api/samples/..%2Frun.json")]
    [InlineData("/api/samples/clean-000%2F..%2F..%2Frun.json/preview")]
    [InlineData("//etc/passwd")]
    [InlineData("http://127.0.0.1/etc/passwd")]
    [InlineData("/app.js/../../run.json")]
    [InlineData("/C:/Windows/win.ini")]
    public async Task Requests_for_paths_outside_the_dataset_are_refused(string target)
    {
        var (status, body) = await RawHttp.GetAsync(_server.Endpoint, target);
        Assert.True(status is 400 or 404 or 421, $"{target} answered {status}");
        Assert.DoesNotContain(TestDataset.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("PAR1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_id_is_served_so_the_refusals_above_are_not_a_dead_server()
    {
        var (status, body) = await RawHttp.GetAsync(_server.Endpoint, "/api/samples/clean-000");
        Assert.Equal(200, status);
        Assert.Contains("clean-000", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_bind_is_loopback_only()
    {
        Assert.Equal("127.0.0.1", new ReviewOptions { DatasetDirectory = _dataset.Root }.Host);
        Assert.True(IPAddress.IsLoopback(_server.Endpoint.Address));
        Assert.Equal("127.0.0.1", _server.Url.Host);
        var external = (await Dns.GetHostAddressesAsync(Dns.GetHostName()))
            .Concat(
                System
                    .Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                    .SelectMany(i => i.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            )
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Distinct()
            .ToList();
        foreach (var address in external)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, _server.Endpoint.Port));
        }
    }

    [Fact]
    public async Task A_request_naming_a_foreign_host_is_refused_so_dns_rebinding_cannot_reach_the_app()
    {
        var (status, _) = await RawHttp.GetAsync(_server.Endpoint, "/api/status", host: "attacker.example:80");
        Assert.Equal(421, status);
        var (ok, _) = await RawHttp.GetAsync(
            _server.Endpoint,
            "/api/status",
            host: $"localhost:{_server.Endpoint.Port}"
        );
        Assert.Equal(200, ok);
    }

    [Fact]
    public async Task A_decision_posted_from_another_origin_is_refused()
    {
        using var http = new HttpClient { BaseAddress = _server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/samples/clean-000/decision")
        {
            Content = new StringContent("{\"status\":\"accepted\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://attacker.example");
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_live_render_runs_no_script_from_a_sample_that_has_one()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserLocator.Locate(null),
                Headless = true,
                Args = ["--no-sandbox"],
            }
        );
        var html = await new HttpClient { BaseAddress = _server.Url }.GetStringAsync(
            $"api/samples/{TestDataset.ScriptId}"
        );

        // Control: the same page with scripts allowed changes the marker, so "untouched" below means something.
        var control = await browser.NewPageAsync();
        using (var detail = System.Text.Json.JsonDocument.Parse(html))
            await control.SetContentAsync(detail.RootElement.GetProperty("html").GetString()!);
        await Assertions.Expect(control.Locator("#marker")).Not.ToHaveTextAsync("untouched");

        var page = await browser.NewPageAsync();
        var consoleMessages = new List<string>();
        page.Console += (_, message) => consoleMessages.Add(message.Text);
        await page.GotoAsync(_server.Url.ToString());
        await page.Locator($".card[data-id='{TestDataset.ScriptId}']").ClickAsync();
        var frame = page.FrameLocator("#preview");
        await Assertions.Expect(frame.Locator("#marker")).ToHaveTextAsync("untouched");
        await page.WaitForTimeoutAsync(300);
        await Assertions.Expect(frame.Locator("#marker")).ToHaveTextAsync("untouched");
        Assert.Equal("websight review", await page.TitleAsync());
        Assert.Equal("", await page.Locator("#preview").GetAttributeAsync("sandbox"));

        // Opened directly, outside the iframe, the page's own CSP (sandbox, no script-src) still stops the script.
        var direct = await browser.NewPageAsync();
        var response = await direct.GotoAsync(
            new Uri(_server.Url, $"api/samples/{TestDataset.ScriptId}/preview").ToString()
        );
        Assert.Contains("sandbox", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(direct.Locator("#marker")).ToHaveTextAsync("untouched");
        Assert.Contains(
            "text-xl",
            await direct.Locator("style").First.TextContentAsync() ?? "",
            StringComparison.Ordinal
        );
    }
}
