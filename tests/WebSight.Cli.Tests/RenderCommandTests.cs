using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SkiaSharp;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>`websight render` over a corpus of hostile pages: each ends in bounded time, nothing leaves the machine.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private const string Link =
        "<link href=\"https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css\" rel=\"stylesheet\">";
    private const string Words =
        "<p class=\"p-4 text-gray-700\">These words make the page long enough to pass the visible word rule.</p>";

    private readonly LoopbackListener _listener = new();

    private int Port => _listener.Port;

    public void Dispose() => _listener.Dispose();

    private static string Page(string body, string head = "") =>
        $"<html>\n{Link}\n{head}<body class=\"bg-white\">\n{Words}{body}\n</body>\n</html>";

    /// <summary>Pages that try every way we know to run forever, blow up, or reach outside.</summary>
    private Dictionary<string, byte[]> HostileCorpus(string canary)
    {
        var loop = $"http://127.0.0.1:{Port}";
        var pages = new Dictionary<string, string>
        {
            ["dom-9000-elements"] = Page(string.Concat(Enumerable.Repeat("<span class=\"p-1\">w</span>", 9_000))),
            ["script-alert"] = Page("<script>alert('hi')</script>"),
            ["script-infinite-loop"] = Page("<script>while (true) {}</script>"),
            ["script-fetch"] = Page(
                $"<script>fetch('{loop}/fetch'); new Image().src = '{loop}/img'; navigator.sendBeacon('{loop}/beacon', 'x');</script>"
            ),
            ["script-websocket"] = Page($"<script>new WebSocket('ws://127.0.0.1:{Port}/ws');</script>"),
            ["script-navigate"] = Page($"<script>location.href = '{loop}/away';</script>"),
            ["script-file-read"] = Page(
                $"<script>fetch('file://{canary}').then(r => r.text()).then(t => document.body.append(t));</script><iframe src=\"file://{canary}\"></iframe>"
            ),
            ["event-handler"] = Page($"<img src=\"{loop}/x.png\" onerror=\"fetch('{loop}/onerror')\" alt=\"x\">"),
            ["javascript-url"] = Page("<a class=\"p-2\" href=\"javascript:fetch('x')\">Click</a>"),
            ["meta-refresh"] = Page("", $"<meta http-equiv=\"refresh\" content=\"0;url={loop}/refresh\">"),
            ["image-from-loopback"] = Page($"<img src=\"{loop}/pixel.png\" alt=\"x\">"),
            ["stylesheet-from-loopback"] = Page("", $"<link rel=\"stylesheet\" href=\"{loop}/style.css\">"),
            ["css-import"] = Page($"<style>@import url({loop}/import.css);</style>"),
            ["css-background-url"] = Page($"<div class=\"h-10\" style=\"background:url({loop}/bg.png)\"></div>"),
            ["iframe-to-loopback"] = Page($"<iframe src=\"{loop}/frame\"></iframe>"),
            ["file-image"] = Page($"<img src=\"file://{canary}\" alt=\"x\">"),
            ["base-href-relative"] = Page("<img src=\"logo.png\" alt=\"x\">", $"<base href=\"{loop}/\">"),
            ["two-bodies"] = $"<html><body>{Words}</body><body>{Words}</body></html>",
            ["malformed"] =
                "<html><body><div><p><b><i>"
                + string.Concat(Enumerable.Repeat("<tr><td>cell</div></span></table>", 40))
                + Words,
            ["huge-dom-100k"] = Page(string.Concat(Enumerable.Repeat("<span class=\"p-1\">w</span>", 100_000))),
            ["tall-50000px"] = Page(
                "<div class=\"bg-blue-200\" style=\"height:50000px\">A page fifty thousand pixels tall.</div>"
            ),
            ["gigantic-inline-image"] = Page($"<img src=\"data:image/png;base64,{GiganticPng()}\" alt=\"huge\">"),
        };
        foreach (var (name, page) in ValidatorBypasses(loop))
            pages[name] = page;
        foreach (var (name, page) in NavigationAndWebRtcPages(loop))
            pages.Add(name, page);
        var corpus = pages.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value));
        corpus["non-utf8-bytes"] =
        [
            .. Encoding.Latin1.GetBytes(Page("<p>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade.</p>")),
            0xFF,
            0xFE,
            0xC3,
            0x28,
        ];
        return corpus;
    }

    /// <summary>
    /// Pages that once passed the validator as clean rows, hiding a fetch or a script where it did not look, and pages
    /// that held a validation or QA worker for a minute. Each is refused with the reason the tests below name.
    /// </summary>
    private static Dictionary<string, string> ValidatorBypasses(string loop)
    {
        static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return new()
        {
            ["bypass-srcdoc-script"] = Page($"<iframe srcdoc=\"<script>fetch('{loop}/srcdoc')</script>\"></iframe>"),
            ["bypass-srcdoc-image"] = Page($"<iframe srcdoc=\"<img src=&quot;{loop}/srcdoc.png&quot;>\"></iframe>"),
            ["bypass-shadow-dom"] = Page(
                $"<div><template shadowrootmode=\"open\"><img src=\"{loop}/shadow.png\"></template></div>"
            ),
            ["bypass-data-iframe"] = Page(
                $"<iframe src=\"data:text/html;base64,{Base64($"<img src='{loop}/data-frame.png'>")}\"></iframe>"
            ),
            ["bypass-data-object"] = Page(
                $"<object data=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='{loop}/object.png' width='9' height='9'/></svg>\"></object>"
            ),
            ["bypass-image-set"] = Page(
                $"<div class=\"h-10\" style=\"background-image:image-set('{loop}/image-set.png' 1x)\"></div>"
            ),
            ["bypass-escaped-url"] = Page(
                $"<div class=\"h-10\" style=\"background:u\\72l({loop}/escaped.png)\"></div>"
            ),
            ["bypass-escaped-import"] = Page($"<style>@\\69mport '{loop}/escaped-import.css';</style>"),
            ["bypass-svg-feimage"] = Page(
                $"<svg width=\"9\" height=\"9\"><filter id=\"f\"><feImage href=\"{loop}/feimage.png\"/></filter><rect width=\"9\" height=\"9\" filter=\"url(#f)\"/></svg>"
            ),
            ["bypass-imagesrcset"] = Page(
                "",
                $"<link rel=\"preload\" as=\"image\" imagesrcset=\"{loop}/preload.png 1x\">"
            ),
            ["bypass-javascript-tab"] = Page(
                $"<a class=\"p-2\" href=\"java&#x09;script:fetch('{loop}/tab')\">Click</a>"
            ),
            ["bypass-javascript-newline"] = Page(
                $"<a class=\"p-2\" href=\"java\nscript:fetch('{loop}/newline')\">Click</a>"
            ),
            ["deep-nesting-20000"] = Page(string.Concat(Enumerable.Repeat("<div>", 20_000))),
            ["regex-bomb-qa-attribute"] = Page(
                $"<div class=\"p-4\" title=\"{string.Concat(Enumerable.Repeat("<script ", 30_000))}\">Hover me.</div>"
            ),
            ["regex-bomb-css-url"] = Page(
                $"<div class=\"h-10\" style=\"{string.Concat(Enumerable.Repeat("url(", 60_000))}\"></div>"
            ),
        };
    }

    // ---- Pages that navigate themselves, and WebRTC (issue 18, items 5 and 10) ----

    /// <summary>Pages that leave their document, and one that asks WebRTC for the machine's addresses.</summary>
    private static Dictionary<string, string> NavigationAndWebRtcPages(string loop) =>
        new()
        {
            ["navigate-meta-refresh-blank"] = Page("", "<meta http-equiv=\"refresh\" content=\"0;url=about:blank\">"),
            ["navigate-meta-refresh-later"] = Page("", $"<meta http-equiv=\"refresh\" content=\"3;url={loop}/later\">"),
            ["navigate-script-reload"] = Page("<script>addEventListener('load', () => location.reload())</script>"),
            ["navigate-script-timer"] = Page(
                $"<script>setTimeout(() => {{ location.href = '{loop}/timer' }}, 20)</script>"
            ),
            ["webrtc-data-channel"] = Page(
                "<script>const pc = new RTCPeerConnection({ iceServers: ["
                    + $"{{ urls: 'stun:{loop[7..]}' }}, {{ urls: 'turn:{loop[7..]}?transport=tcp', username: 'u', credential: 'p' }}] }});"
                    + "pc.createDataChannel('out'); pc.onicecandidate = e => { if (e.candidate) document.body.append(e.candidate.candidate) };"
                    + "pc.createOffer().then(o => pc.setLocalDescription(o));</script>"
            ),
        };

    /// <summary>
    /// A page that leaves its document is rejected as a navigation, never a crash or a timeout (a meta refresh may
    /// be refused earlier, by the validator). A WebRTC page renders with JavaScript on; the test's loopback listener
    /// (its STUN and TURN server) must see no connection.
    /// </summary>
    private static void AssertNavigationAndWebRtc(
        string mode,
        Dictionary<string, (bool, int)> rendered,
        Dictionary<string, string> rejectedByName
    )
    {
        foreach (var page in new[] { "navigate-meta-refresh-blank", "navigate-meta-refresh-later" })
            Assert.True(rejectedByName[page] is not ("browser_crashed" or "render_timeout"), rejectedByName[page]);
        if (mode == "default")
        {
            Assert.Equal("script", rejectedByName["webrtc-data-channel"]);
            return;
        }
        foreach (var page in new[] { "navigate-script-reload", "navigate-script-timer", "script-navigate" })
            Assert.Equal("navigation", rejectedByName[page]);
        Assert.True(
            rendered.ContainsKey("webrtc-data-channel"),
            rejectedByName.GetValueOrDefault("webrtc-data-channel")
        );
    }

    // ---- End of navigation and WebRTC ----

    /// <summary>
    /// Under --resources placeholder, pages that link to loopback, to files or through a base href render (each
    /// request answered offline: the listener and canary checks after all modes prove it), and scripts, inert with
    /// JavaScript off, no longer refuse a page; a meta refresh still does.
    /// </summary>
    private static void AssertPlaceholderPolicy(
        Dictionary<string, (bool, int)> rendered,
        Dictionary<string, string> rejectedByName
    )
    {
        foreach (
            var page in new[]
            {
                "image-from-loopback",
                "stylesheet-from-loopback",
                "css-import",
                "css-background-url",
                "iframe-to-loopback",
                "file-image",
                "base-href-relative",
                "bypass-srcdoc-image",
                "bypass-image-set",
                "bypass-svg-feimage",
                "bypass-imagesrcset",
                "script-fetch",
                "event-handler",
            }
        )
            Assert.True(rendered.ContainsKey(page), $"{page}: {rejectedByName.GetValueOrDefault(page)}");
        Assert.Equal("meta_refresh", rejectedByName["meta-refresh"]);
        Assert.DoesNotContain(rejectedByName.Values, r => r is "foreign_resource" or "local_resource" or "script");
    }

    /// <summary>A PNG of 10,000 x 10,000 pixels: tiny on disk, 400 MB once decoded.</summary>
    private static string GiganticPng()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(10_000, 10_000, SKColorType.Gray8));
        bitmap.Erase(SKColors.Gray);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 9);
        return Convert.ToBase64String(data.ToArray());
    }

    [Fact]
    public async Task Every_hostile_page_ends_in_bounded_time_as_a_row_or_a_reasoned_rejection_and_nothing_leaves_the_machine()
    {
        using var directory = new TempDirectory();
        var canaryDirectory = directory.Combine("outside");
        Directory.CreateDirectory(canaryDirectory);
        var canary = Path.Combine(canaryDirectory, "secret.txt");
        File.WriteAllText(canary, "secret");
        // With relatime, a read updates the access time only if it is older than the modification time.
        File.SetLastAccessTimeUtc(canary, DateTime.UtcNow.AddDays(-2));
        var canaryAccess = File.GetLastAccessTimeUtc(canary);

        var input = directory.Combine("input");
        Directory.CreateDirectory(input);
        var corpus = HostileCorpus(canary);
        foreach (var (name, bytes) in corpus)
            File.WriteAllBytes(Path.Combine(input, name + ".html"), bytes);
        var inputSnapshot = Snapshot(input);

        // Today's strict checks (reject), with and without scripts; then render's default for real pages (placeholder).
        foreach (
            var (mode, flags) in new[]
            {
                ("default", ["--resources", "reject"]),
                ("allow-js", ["--resources", "reject", "--allow-js"]),
                ("placeholder", Array.Empty<string>()),
            }
        )
        {
            var output = directory.Combine("out-" + mode);
            var watch = Stopwatch.StartNew();
            var result = await CliProcess.RunAsync([
                "render",
                "--input",
                input,
                "--out",
                output,
                "--page-timeout",
                "10",
                "--max-html-kb",
                "8192",
                // QA flags (a one-colour tall page, an image wider than the viewport) are kept rather than
                // rejected: this test is about containment and bounded time.
                "--keep-flagged",
                .. flags,
            ]);
            watch.Stop();
            Assert.True(result.ExitCode == 0, result.All);
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"{mode} took {watch.Elapsed}");

            var rendered = DuckDb
                .Query($"SELECT topic, clamped, height FROM read_parquet('{output}/data/*.parquet')")
                .ToDictionary(r => Path.GetFileNameWithoutExtension((string)r[0]!), r => ((bool)r[1]!, (int)r[2]!));
            var rejected = DuckDb
                .Query($"SELECT \"index\", reason FROM read_parquet('{output}/rejects/*.parquet')")
                .ToDictionary(r => (long)r[0]!, r => (string)r[1]!);
            var names = corpus.Keys.Order(StringComparer.Ordinal).ToList();
            var rejectedByName = rejected.ToDictionary(r => names[(int)r.Key], r => r.Value);
            Assert.Equal(corpus.Count, rendered.Count + rejected.Count);
            Assert.Empty(rendered.Keys.Intersect(rejectedByName.Keys));

            Assert.True(rendered["tall-50000px"].Item1, "the tall page was not clamped");
            Assert.Equal(16000, rendered["tall-50000px"].Item2);
            Assert.True(
                rendered.ContainsKey("gigantic-inline-image"),
                rejectedByName.GetValueOrDefault("gigantic-inline-image")
            );
            Assert.Equal("too_many_elements", rejectedByName["huge-dom-100k"]);
            Assert.True(rendered.ContainsKey("non-utf8-bytes"), rejectedByName.GetValueOrDefault("non-utf8-bytes"));
            Assert.True(
                rendered.ContainsKey("dom-9000-elements"),
                rejectedByName.GetValueOrDefault("dom-9000-elements")
            );
            Assert.Equal("body_count", rejectedByName["two-bodies"]);
            if (mode == "placeholder")
            {
                AssertPlaceholderPolicy(rendered, rejectedByName);
                continue;
            }
            Assert.Equal("foreign_resource", rejectedByName["image-from-loopback"]);
            Assert.Equal("foreign_resource", rejectedByName["stylesheet-from-loopback"]);
            Assert.Equal("foreign_resource", rejectedByName["css-import"]);
            Assert.Equal("foreign_resource", rejectedByName["iframe-to-loopback"]);
            Assert.Equal("local_resource", rejectedByName["file-image"]);
            Assert.Equal("local_resource", rejectedByName["base-href-relative"]);
            foreach (
                var page in new[]
                {
                    "bypass-srcdoc-image",
                    "bypass-shadow-dom",
                    "bypass-data-iframe",
                    "bypass-data-object",
                    "bypass-image-set",
                    "bypass-escaped-url",
                    "bypass-escaped-import",
                    "bypass-svg-feimage",
                    "bypass-imagesrcset",
                }
            )
                Assert.Equal((page, "foreign_resource"), (page, rejectedByName.GetValueOrDefault(page)));
            Assert.Equal("meta_refresh", rejectedByName["meta-refresh"]);
            Assert.Equal("too_deep", rejectedByName["deep-nesting-20000"]);
            Assert.Equal("local_resource", rejectedByName["regex-bomb-css-url"]);
            Assert.True(
                rendered.ContainsKey("regex-bomb-qa-attribute"),
                rejectedByName.GetValueOrDefault("regex-bomb-qa-attribute")
            );
            if (mode == "default")
            {
                Assert.Equal("script", rejectedByName["bypass-srcdoc-script"]);
                Assert.Equal("javascript_url", rejectedByName["bypass-javascript-tab"]);
                Assert.Equal("javascript_url", rejectedByName["bypass-javascript-newline"]);
                Assert.Equal("script", rejectedByName["script-alert"]);
                Assert.Equal("script", rejectedByName["script-infinite-loop"]);
                Assert.Equal("event_handler", rejectedByName["event-handler"]);
                Assert.Equal("javascript_url", rejectedByName["javascript-url"]);
            }
            else
            {
                // With scripts allowed they reach the browser: the loop hits the time budget, the rest are contained.
                Assert.Equal("render_timeout", rejectedByName["script-infinite-loop"]);
                foreach (
                    var page in new[]
                    {
                        "script-alert",
                        "script-fetch",
                        "script-websocket",
                        "script-navigate",
                        "script-file-read",
                        "bypass-srcdoc-script",
                        "bypass-javascript-tab",
                        "bypass-javascript-newline",
                    }
                )
                    Assert.True(rendered.ContainsKey(page) || rejectedByName.ContainsKey(page), page);
            }
            AssertNavigationAndWebRtc(mode, rendered, rejectedByName);
        }

        Assert.Equal(0, _listener.Connections);
        Assert.Equal(canaryAccess, File.GetLastAccessTimeUtc(canary));
        Assert.Equal(inputSnapshot, Snapshot(input));
        Assert.Equal(["secret.txt"], Directory.EnumerateFileSystemEntries(canaryDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Render_reads_no_link_or_fifo_in_its_input_says_what_it_skipped_and_counts_it_in_the_stats()
    {
        using var directory = new TempDirectory();
        var input = directory.Combine("input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "page.html"), Page("<p class=\"p-4\">The one real page here.</p>"));
        File.CreateSymbolicLink(Path.Combine(input, "passwd.html"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(input, "zero.html"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(input, "fifo.html")]))
            await mkfifo.WaitForExitAsync();
        var output = directory.Combine("out");

        var result = await CliProcess.RunAsync(["render", "--input", input, "--out", output, "--keep-flagged"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Skipped symbolic links", result.Output);
        Assert.Contains("Skipped FIFOs", result.Output);
        var counters = JsonDocument
            .Parse(File.ReadAllText(Path.Combine(output, "stats.json")))
            .RootElement.GetProperty("counters");
        Assert.Equal(3, counters.GetProperty("input.skipped.symbolic_link").GetDouble());
        Assert.Equal(1, counters.GetProperty("input.skipped.fifo").GetDouble());
        Assert.Equal(
            ["page.html"],
            DuckDb.Query($"SELECT topic FROM read_parquet('{output}/data/*.parquet')").Select(r => (string)r[0]!)
        );
        Assert.False(
            Directory.Exists(Path.Combine(output, "rejects")),
            "something was rejected, so something was read"
        );
    }

    private static string Snapshot(string directory) =>
        string.Join(
            "\n",
            Directory
                .EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(p => $"{p}|{new FileInfo(p).Length}|{File.GetLastWriteTimeUtc(p):O}")
        );
}
