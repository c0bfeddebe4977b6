using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebSight.Core.Quality;

namespace WebSight.Review;

/// <summary>
/// The review web app over one dataset: an index of its rows, the decisions, the background image analysis, and a
/// minimal API that serves samples only by id. Nothing a request names is ever used as a file path.
/// </summary>
internal sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReviewedDataset _dataset;
    private readonly CancellationTokenSource _stopping;

    private ReviewServer(WebApplication app, ReviewedDataset dataset)
    {
        _app = app;
        _dataset = dataset;
        _stopping = new CancellationTokenSource();
        AnalysisRun = Task.Run(() => dataset.Analysis.RunAsync(_stopping.Token), CancellationToken.None);
    }

    public SampleIndex Index => _dataset.Index;

    /// <summary>The background measurement of every screenshot; flags from images are complete when it ends.</summary>
    public Task AnalysisRun { get; }

    public Uri Url { get; private set; } = null!;

    public IPEndPoint Endpoint { get; private set; } = null!;

    public static async Task<ReviewServer> StartAsync(
        ReviewOptions options,
        QualityOptions quality,
        TimeProvider time,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        options.Validate();
        var dataset = await ReviewedDataset.OpenAsync(options.DatasetDirectory, quality, log, cancellationToken);

        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory }
        );
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.BindAddress, options.Port));
        var app = builder.Build();
        GuardRequests(app, loopbackOnly: IPAddress.IsLoopback(options.BindAddress));
        MapAssets(app);
        new ReviewApi(dataset, new SafePreview(SafePreview.LoadOnce()), time).Map(app);

        await app.StartAsync(cancellationToken);
        var server = new ReviewServer(app, dataset);
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        server.Endpoint = new IPEndPoint(options.BindAddress, new Uri(address).Port);
        server.Url = BrowsableUrl(server.Endpoint);
        return server;
    }

    /// <summary>
    /// Where a browser on this machine opens the app: a bind to every interface is shown as the loopback address of
    /// its family. IPEndPoint writes an IPv6 address in brackets, as a URL needs it.
    /// </summary>
    private static Uri BrowsableUrl(IPEndPoint bound)
    {
        var address =
            bound.Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : bound.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : bound.Address;
        return new Uri($"http://{new IPEndPoint(address, bound.Port)}/");
    }

    private static void GuardRequests(WebApplication app, bool loopbackOnly) =>
        app.Use(
            async (context, next) =>
            {
                // A loopback server answers only to loopback names: a web page elsewhere cannot rebind DNS onto it.
                if (loopbackOnly && !IsLoopbackHost(context.Request.Host.Host))
                {
                    context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                    return;
                }
                context.Response.Headers["X-Content-Type-Options"] = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                context.Response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
                await next(context);
            }
        );

    private static bool IsLoopbackHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1"
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static void MapAssets(WebApplication app)
    {
        const string pagePolicy =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        foreach (var (name, contentType) in WebAssets.ContentTypes)
        {
            var bytes = WebAssets.Read(name);
            var route = name == "index.html" ? "/" : "/" + name;
            app.MapGet(
                route,
                (HttpContext context) =>
                {
                    context.Response.Headers.ContentSecurityPolicy = pagePolicy;
                    context.Response.Headers.CacheControl = "no-cache";
                    return Results.Bytes(bytes, contentType);
                }
            );
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        try
        {
            await AnalysisRun;
        }
        catch (OperationCanceledException)
        {
            // Stopped with the server.
        }
        await _app.DisposeAsync();
        _dataset.Dispose();
        _stopping.Dispose();
    }
}
