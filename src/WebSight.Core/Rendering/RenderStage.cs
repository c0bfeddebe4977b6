using System.Threading.Channels;
using Microsoft.Playwright;
using WebSight.Core.Foundation;
using WebSight.Core.Validation;

namespace WebSight.Core.Rendering;

/// <summary>
/// The render stage: browser processes rendering side by side, one sample at a time each. Chromium raster and
/// encode are single-threaded per capture, so parallelism comes from processes, not from more pages per browser.
/// </summary>
internal sealed class RenderStage : IStage<ValidatedPage, RenderedPage>, IAsyncDisposable
{
    public const string StageName = "render";

    private readonly IPlaywright _playwright;
    private readonly IReadOnlyList<BrowserRenderer> _renderers;
    private readonly Channel<BrowserRenderer> _idle;

    private RenderStage(IPlaywright playwright, IReadOnlyList<BrowserRenderer> renderers)
    {
        _playwright = playwright;
        _renderers = renderers;
        _idle = Channel.CreateUnbounded<BrowserRenderer>();
        foreach (var renderer in renderers)
            _idle.Writer.TryWrite(renderer);
    }

    public string Name => StageName;

    public int Parallelism => _renderers.Count;

    /// <summary>How many times a browser had to be started anew after one died or hung.</summary>
    public int BrowserRestarts => _renderers.Sum(r => r.Restarts);

    /// <summary>Starts one browser per worker; options are validated by the caller, once, before any work.</summary>
    public static async Task<RenderStage> StartAsync(
        RenderOptions options,
        OfflineResources resources,
        string executable,
        RunStats stats
    )
    {
        resources = resources.WithPhotos(options.Photos);
        var playwright = await Playwright.CreateAsync();
        var renderers = new List<BrowserRenderer>();
        try
        {
            var launches = Enumerable
                .Range(0, options.Workers)
                .Select(_ => BrowserRenderer.StartAsync(playwright, executable, options, resources, stats));
            renderers.AddRange(await Task.WhenAll(launches));
        }
        catch (PlaywrightException e)
        {
            foreach (var renderer in renderers)
                await renderer.DisposeAsync();
            playwright.Dispose();
            throw new SetupException(
                $"Chromium at {executable} did not start: {e.Message.Split('\n')[0]}. "
                    + "Reinstall it (apt-get install -y chromium chromium-headless-shell) or choose another with --browser-path."
            );
        }
        return new RenderStage(playwright, renderers);
    }

    public async ValueTask<StepResult<RenderedPage>> RunAsync(ValidatedPage input, CancellationToken cancellationToken)
    {
        var renderer = await _idle.Reader.ReadAsync(cancellationToken);
        try
        {
            return await renderer.RenderAsync(input, cancellationToken);
        }
        finally
        {
            _idle.Writer.TryWrite(renderer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var renderer in _renderers)
            await renderer.DisposeAsync();
        _playwright.Dispose();
    }
}
