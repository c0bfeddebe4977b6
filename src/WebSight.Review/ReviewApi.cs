using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WebSight.Review;

/// <summary>The JSON and image endpoints. Samples are addressed only by id, looked up in the index; unknown ids are 404.</summary>
internal sealed class ReviewApi(ReviewedDataset dataset, SafePreview preview, TimeProvider time)
{
    private const int DefaultPageSize = 60;
    private const int MaxPageSize = 200;
    private const int MaxNoteLength = 4000;

    private SampleIndex Index => dataset.Index;

    private DecisionStore Decisions => dataset.Decisions;

    public void Map(WebApplication app)
    {
        app.MapGet("/api/status", Status);
        app.MapGet("/api/samples", Samples);
        app.MapGet("/api/samples/{id}", SampleAsync);
        app.MapGet("/api/samples/{id}/image", ImageAsync);
        app.MapGet("/api/samples/{id}/thumbnail", ThumbnailAsync);
        app.MapGet("/api/samples/{id}/viewports", Viewports);
        app.MapGet("/api/samples/{id}/layout", LayoutAsync);
        app.MapGet("/api/samples/{id}/preview", PreviewAsync);
        app.MapPost("/api/samples/{id}/decision", Decide);
        app.MapGet("/api/summary", Summary);
    }

    /// <summary>The dataset at a glance, and what the filters offer: topics, generators, flags with counts.</summary>
    private IResult Status() =>
        Results.Json(
            new
            {
                dataset = Path.GetFileName(Index.Files.Root),
                rows = Index.Entries.Count,
                analysed = dataset.Analysis.Measured,
                analysisComplete = dataset.Analysis.Completed,
                topics = Index.Entries.Select(e => e.Topic).Distinct().Order(StringComparer.Ordinal),
                generators = Index.Entries.Select(e => e.Generator).Distinct().Order(StringComparer.Ordinal),
                flags = Index
                    .Entries.SelectMany(e => e.Flags)
                    .GroupBy(f => f, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new { flag = g.Key, count = g.Count() }),
                decisions = Index
                    .Entries.GroupBy(e => Decisions.StatusOf(e.Id))
                    .ToDictionary(g => g.Key, g => g.Count()),
            }
        );

    /// <summary>One page of the grid: the samples that pass the filters, and how many do.</summary>
    private IResult Samples(
        string? flag,
        string? topic,
        string? generator,
        string? status,
        string? q,
        int? offset,
        int? limit
    )
    {
        var query = new SampleQuery(
            flag,
            topic,
            generator,
            status,
            q,
            Math.Max(0, offset ?? 0),
            Math.Clamp(limit ?? DefaultPageSize, 1, MaxPageSize)
        );
        var (total, page) = Index.Query(query, e => Decisions.StatusOf(e.Id));
        return Results.Json(
            new
            {
                total,
                offset = query.Offset,
                items = page.Select(SampleSummary),
            }
        );
    }

    /// <summary>Everything the detail view shows of one sample but its images.</summary>
    private async Task<IResult> SampleAsync(string id, CancellationToken cancellationToken)
    {
        if (Index.Find(id) is not { } entry)
            return Results.NotFound();
        var decision = Decisions.Get(entry.Id);
        return Results.Json(
            new
            {
                summary = SampleSummary(entry),
                idea = entry.Idea,
                html = await Index.ReadCellAsync(entry, "text", cancellationToken) ?? "",
                note = decision?.Note ?? "",
                index = entry.Index,
                clamped = entry.Clamped,
                visibleWords = entry.VisibleWords,
                viewports = ViewportList(entry.Id),
                duplicateOf = entry.DuplicateOf,
                metrics = Metrics(entry),
            }
        );
    }

    /// <summary>The rows of one page, one per viewport (a dataset without viewports has one, named null).</summary>
    private IResult Viewports(string id) =>
        Index.Find(id) is null ? Results.NotFound() : Results.Json(ViewportList(id));

    private List<object> ViewportList(string id) =>
        Index
            .Views(id)
            .Select(v =>
                (object)
                    new
                    {
                        viewport = v.Viewport,
                        width = v.Width,
                        height = v.Height,
                        pageHeight = v.PageHeight,
                    }
            )
            .ToList();

    /// <summary>
    /// The boxes of one render (elements that paint, and text blocks) in CSS pixels, with the scale from CSS to image
    /// pixels: the root element spans the viewport, so the image width over its width is the device scale.
    /// </summary>
    private async Task<IResult> LayoutAsync(string id, string? viewport, CancellationToken cancellationToken)
    {
        if (Index.Find(id, viewport) is not { } entry)
            return Results.NotFound();
        if (
            await Index.ReadLayoutAsync(entry, cancellationToken)
            is not { LayoutElements: { Count: > 0 } elements } layout
        )
            return Results.NotFound(new { error = "this dataset was made without --layout" });
        return Results.Json(
            new
            {
                viewport = entry.Viewport,
                scale = elements[0].Width > 0 ? entry.Width / elements[0].Width : 1,
                elements = elements
                    .Where(e => e.Visible)
                    .Select(e => new
                    {
                        tag = e.Tag,
                        x = e.X,
                        y = e.Y,
                        width = e.Width,
                        height = e.Height,
                    }),
                text = (layout.LayoutText ?? []).Select(t => new
                {
                    text = t.Text,
                    x = t.X,
                    y = t.Y,
                    width = t.Width,
                    height = t.Height,
                }),
            }
        );
    }

    private async Task<IResult> ImageAsync(string id, string? viewport, CancellationToken cancellationToken)
    {
        if (
            Index.Find(id, viewport) is not { } entry
            || await dataset.Analysis.ImageAsync(entry, cancellationToken) is not { } bytes
        )
            return Results.NotFound();
        return Results.Bytes(bytes, ImageContentType(bytes));
    }

    private async Task<IResult> ThumbnailAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        if (Index.Find(id) is not { } entry)
            return Results.NotFound();
        var path = await dataset.Analysis.ThumbnailAsync(entry, cancellationToken);
        if (!File.Exists(path))
            return Results.NotFound();
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(await File.ReadAllBytesAsync(path, cancellationToken), "image/jpeg");
    }

    /// <summary>The sample's page made safe to render in the sandboxed iframe (see <see cref="SafePreview"/>).</summary>
    private async Task<IResult> PreviewAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        if (Index.Find(id) is not { } entry)
            return Results.NotFound();
        var html = await Index.ReadCellAsync(entry, "text", cancellationToken) ?? "";
        context.Response.Headers.ContentSecurityPolicy = SafePreview.ContentSecurityPolicy;
        return Results.Content(preview.Render(html), "text/html; charset=utf-8");
    }

    private IResult Decide(string id, DecisionRequest request, HttpContext context)
    {
        // Only the app's own page may decide: a cross-site form or fetch carries a foreign Origin.
        if (context.Request.Headers.Origin is { Count: > 0 } origin && !SameOrigin(origin.ToString(), context))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (Index.Find(id) is not { } entry)
            return Results.NotFound();
        if (!Decision.IsStatus(request.Status))
            return Results.BadRequest(new { error = "status must be accepted, rejected or unreviewed" });
        // No note in the request keeps the one saved: a key press in the grid must not wipe it.
        var note = request.Note is null ? Decisions.Get(entry.Id)?.Note ?? "" : request.Note.Trim();
        if (note.Length > MaxNoteLength)
            return Results.BadRequest(new { error = $"a note has at most {MaxNoteLength} characters" });
        var decision = Decisions.Set(entry.Id, request.Status!, note, time.GetUtcNow());
        return Results.Json(
            new
            {
                id = entry.Id,
                decision.Status,
                decision.Note,
            }
        );
    }

    private IResult Summary() => Results.Json(SummaryBuilder.Build(Index, Decisions));

    /// <summary>A sample as a grid card shows it.</summary>
    private object SampleSummary(SampleEntry entry) =>
        new
        {
            id = entry.Id,
            topic = entry.Topic,
            generator = entry.Generator,
            flags = entry.Flags.ToList(),
            status = Decisions.StatusOf(entry.Id),
            width = entry.Width,
            height = entry.Height,
            pageHeight = entry.PageHeight,
            snippet = entry.Snippet,
            idea = entry.Idea,
        };

    private static SortedDictionary<string, double> Metrics(SampleEntry entry)
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in entry.StoredMetrics)
            metrics[name] = value;
        if (entry.Image is { } image)
        {
            metrics["luma_stddev"] = Math.Round(image.LumaStdDev, 2);
            metrics["dominant_share"] = Math.Round(image.DominantShare, 4);
            metrics["content_share"] = Math.Round(image.ContentShare, 4);
        }
        return metrics;
    }

    private static bool SameOrigin(string origin, HttpContext context) =>
        string.Equals(
            origin,
            string.Create(CultureInfo.InvariantCulture, $"{context.Request.Scheme}://{context.Request.Host}"),
            StringComparison.OrdinalIgnoreCase
        );

    private static string ImageContentType(byte[] bytes) =>
        bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : "image/jpeg";
}
