using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Generation.Profiles;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>
/// The offline, JavaScript-free render of a Tailwind 3 or 4 page (its classes compiled by the worker, the CSS in place
/// of the CDN script) against a reference render of the same page: for 4 the official browser build
/// (<c>@tailwindcss/browser</c>, from the npm package, served on 127.0.0.1, page JavaScript on); for 3, whose Play
/// CDN script is not published on npm, the compiler's documented whole-page path (PostCSS with the page as raw
/// content) run by Node. Both are decoded and compared pixel by pixel.
/// </summary>
public sealed class TailwindFaithfulnessTests : IAsyncLifetime
{
    /// <summary>Mean absolute difference per channel (0-255) two renders of one page may differ by.</summary>
    private const double Tolerance = 0.5;

    private const string Idioms = """
        <div class="bg-[#1da1f2] text-white p-8 h-[240px]">
          <h1 class="text-5xl font-bold text-balance max-w-[600px]">A headline long enough to balance over two lines of text</h1>
        </div>
        <div class="flex gap-4 p-6">
          <div class="size-24 rounded-xl bg-sky-500"></div>
          <div class="size-24 rounded-full bg-rose-500/60 ring-4 ring-emerald-400"></div>
          <div class="w-[350px] h-24 bg-linear-to-r from-indigo-500 to-fuchsia-500 shadow-lg"></div>
        </div>
        <p class="px-6 text-lg text-zinc-700 leading-7 tracking-tight">Plain copy in the OKLCH palette, <span class="underline decoration-wavy decoration-pink-500">underlined</span>.</p>
        <ul class="m-6 grid grid-cols-3 gap-3 *:rounded-md *:bg-amber-200 *:p-3"><li>One</li><li>Two</li><li>Three</li></ul>
        """;

    private const string Dropped = "bg-[#1da1f2]";

    private PixelBrowser _browser = null!;

    public async Task InitializeAsync() => _browser = await PixelBrowser.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public static TheoryData<int, int> Pages() =>
        new()
        {
            { 4, -1 },
            { 4, 3 },
            { 4, 11 },
            { 3, -1 },
            { 3, 5 },
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_offline_compiled_render_matches_the_reference_render(int version, int templatePage)
    {
        var profile = TailwindProfile.For(version);
        var html = Page(profile, templatePage);
        using var styles = new PageStyles(Profiled(profile));
        var offline = await ScreenshotAsync(OfflineDocument(styles, html), javaScript: false);
        var reference = await ReferenceAsync(profile, html);
        var difference = DecodedImage.MeanAbsoluteDifference(offline, reference);
        PixelBrowser.Save($"tw{version}-{templatePage}", ("-offline.png", offline), ("-reference.png", reference));
        Assert.True(difference < Tolerance, $"renders differ by {difference:F2} per channel on average");
        Assert.True(DecodedImage.Decode(offline).LooksNonBlank);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public async Task A_class_the_offline_path_drops_makes_the_renders_differ(int version)
    {
        var profile = TailwindProfile.For(version);
        var html = Page(profile, -1);
        using var compiler = TailwindCompiler.Start(profile);
        var candidates = html.Split([' ', '"', '<', '>', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token != Dropped)
            .Distinct();
        var css = Encoding.UTF8.GetBytes(compiler.Compile(candidates));
        var offline = await ScreenshotAsync(ResourceInliner.PlaceCompiledStyle(html, css), javaScript: false);
        var reference = await ReferenceAsync(profile, html);
        var difference = DecodedImage.MeanAbsoluteDifference(offline, reference);
        Assert.True(difference > Tolerance, $"renders differ by only {difference:F2} per channel without {Dropped}");
    }

    private static OfflineResources Profiled(TailwindProfile profile) =>
        new(Shared.Rules, Shared.Tailwind.Bytes, serveFullStylesheet: false, profile: profile);

    private static string OfflineDocument(PageStyles styles, string html) =>
        styles.Document(html, styles.StylesheetFor(html), Shared.Resources(), new RenderOptions());

    /// <summary>A page of v3/v4 idioms (-1), or a template page in the profile's idiom, with the profile's CDN element.</summary>
    private static string Page(TailwindProfile profile, int templatePage)
    {
        var html =
            templatePage < 0
                ? WebSight.Core.Generation.PageWrapper.Wrap("m-0 font-sans", Idioms)
                : TailwindIdioms.Apply(Shared.Generator.Generate(SampleSpec.For(7, templatePage)).Html, profile);
        return ProfiledPages.WithHead(html, profile);
    }

    private async Task<byte[]> ReferenceAsync(TailwindProfile profile, string html)
    {
        if (profile.Number == 3)
            return await ScreenshotAsync(WholePageCompile(html), javaScript: false);
        using var server = BrowserBuildServer.Start();
        var document = html.Replace(profile.ScriptUrl!, server.ScriptUrl, StringComparison.Ordinal);
        return await ScreenshotAsync(document, javaScript: true);
    }

    private Task<byte[]> ScreenshotAsync(string document, bool javaScript) =>
        _browser.ScreenshotAsync(document, javaScript, javaScript ? BrowserBuildDoneAsync : null);

    /// <summary>The browser build compiles once the DOM is there and puts its CSS into a style element.</summary>
    private static async Task BrowserBuildDoneAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('style')].some(s => s.textContent.includes('--tw-') || s.textContent.includes('--color-'))",
            null,
            new() { Timeout = 20_000 }
        );
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /// <summary>Tailwind 3's own whole-page build: PostCSS with the page as raw content, the default configuration.</summary>
    private static string WholePageCompile(string html)
    {
        var modules = TailwindCompilerPackage.V3.Locate();
        const string script = """
            const { createRequire } = require("node:module");
            const req = createRequire(process.argv[1] + "/package.json");
            const html = require("node:fs").readFileSync(0, "utf8");
            req("postcss")([req("tailwindcss")({ content: [{ raw: html, extension: "html" }] })])
              .process("@tailwind base;@tailwind components;@tailwind utilities;", { from: undefined })
              .then((r) => process.stdout.write(r.css));
            """;
        var start = new ProcessStartInfo(TailwindCompilerPackage.FindNode()!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(modules);
        using var node = Process.Start(start)!;
        node.StandardInput.Write(html);
        node.StandardInput.Close();
        var css = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.Equal(0, node.ExitCode);
        return ResourceInliner.PlaceCompiledStyle(html, Encoding.UTF8.GetBytes(css));
    }

    /// <summary>The npm package's browser build served over HTTP on 127.0.0.1, as a CDN would serve it.</summary>
    private sealed class BrowserBuildServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly byte[] _script;

        private BrowserBuildServer(int port, byte[] script)
        {
            _script = script;
            ScriptUrl = $"http://127.0.0.1:{port}/tailwindcss-browser.js";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = ServeAsync();
        }

        public string ScriptUrl { get; }

        public static BrowserBuildServer Start()
        {
            var modules = TailwindCompilerPackage.V4.Locate();
            var script = File.ReadAllBytes(
                Path.Combine(modules, "node_modules", "@tailwindcss", "browser", "dist", "index.global.js")
            );
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return new BrowserBuildServer(port, script);
        }

        private async Task ServeAsync()
        {
            try
            {
                while (_listener.IsListening)
                {
                    var context = await _listener.GetContextAsync();
                    context.Response.ContentType = "text/javascript";
                    await context.Response.OutputStream.WriteAsync(_script);
                    context.Response.Close();
                }
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // Stopped.
            }
        }

        public void Dispose() => _listener.Close();
    }
}
