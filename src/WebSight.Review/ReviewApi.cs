using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WebSight.Review;

/// <summary>The JSON and image endpoints. Samples are addressed only by id, looked up in the index; unknown ids are 404.</summary>
internal static class ReviewApi
{
    private const int MaxPageSize = 200;
    private const int MaxNoteLength = 4000;

    public static void Map(
        WebApplication app,
        SampleIndex index,
        DecisionStore decisions,
        DatasetAnalysis analysis,
        SafePreview preview,
        TimeProvider time
    )
    {
        app.MapGet(
            "/api/status",
            () =>
                Results.Json(
                    new
                    {
                        dataset = Path.GetFileName(index.Files.Root),
                        rows = index.Entries.Count,
                        analysed = analysis.Measured,
                        analysisComplete = analysis.Completed,
                        topics = index.Entries.Select(e => e.Topic).Distinct().Order(StringComparer.Ordinal),
                        generators = index.Entries.Select(e => e.Generator).Distinct().Order(StringComparer.Ordinal),
                        flags = index
                            .Entries.SelectMany(e => e.Flags)
                            .GroupBy(f => f, StringComparer.Ordinal)
                            .OrderBy(g => g.Key, StringComparer.Ordinal)
                            .Select(g => new { flag = g.Key, count = g.Count() }),
                        decisions = index
                            .Entries.GroupBy(e => decisions.StatusOf(e.Id))
                            .ToDictionary(g => g.Key, g => g.Count()),
                    }
                )
        );

        app.MapGet(
            "/api/samples",
            (string? flag, string? topic, string? generator, string? status, string? q, int? offset, int? limit) =>
            {
                var query = new SampleQuery(
                    flag,
                    topic,
                    generator,
                    status,
                    q,
                    Math.Max(0, offset ?? 0),
                    Math.Clamp(limit ?? 60, 1, MaxPageSize)
                );
                var (total, page) = index.Query(query, e => decisions.StatusOf(e.Id));
                return Results.Json(
                    new
                    {
                        total,
                        offset = query.Offset,
                        items = page.Select(e => Summary(e, decisions)),
                    }
                );
            }
        );

        app.MapGet(
            "/api/samples/{id}",
            async (string id, CancellationToken cancellationToken) =>
            {
                if (index.Find(id) is not { } entry)
                    return Results.NotFound();
                var decision = decisions.Get(entry.Id);
                return Results.Json(
                    new
                    {
                        summary = Summary(entry, decisions),
                        idea = entry.Idea,
                        html = await index.ReadCellAsync(entry, "text", cancellationToken) ?? "",
                        note = decision?.Note ?? "",
                        index = entry.Index,
                        clamped = entry.Clamped,
                        visibleWords = entry.VisibleWords,
                        duplicateOf = entry.DuplicateOf,
                        metrics = Metrics(entry),
                    }
                );
            }
        );

        app.MapGet(
            "/api/samples/{id}/image",
            async (string id, CancellationToken cancellationToken) =>
            {
                if (
                    index.Find(id) is not { } entry
                    || await analysis.ImageAsync(entry, cancellationToken) is not { } bytes
                )
                    return Results.NotFound();
                return Results.Bytes(bytes, ImageContentType(bytes));
            }
        );

        app.MapGet(
            "/api/samples/{id}/thumbnail",
            async (string id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (index.Find(id) is not { } entry)
                    return Results.NotFound();
                var path = await analysis.ThumbnailAsync(entry, cancellationToken);
                if (!File.Exists(path))
                    return Results.NotFound();
                context.Response.Headers.CacheControl = "private, max-age=3600";
                return Results.Bytes(await File.ReadAllBytesAsync(path, cancellationToken), "image/jpeg");
            }
        );

        app.MapGet(
            "/api/samples/{id}/preview",
            async (string id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (index.Find(id) is not { } entry)
                    return Results.NotFound();
                var html = await index.ReadCellAsync(entry, "text", cancellationToken) ?? "";
                context.Response.Headers.ContentSecurityPolicy = SafePreview.ContentSecurityPolicy;
                return Results.Content(preview.Render(html), "text/html; charset=utf-8");
            }
        );

        app.MapPost(
            "/api/samples/{id}/decision",
            (string id, DecisionRequest request, HttpContext context) =>
            {
                // Only the app's own page may decide: a cross-site form or fetch carries a foreign Origin.
                if (context.Request.Headers.Origin is { Count: > 0 } origin && !SameOrigin(origin.ToString(), context))
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                if (index.Find(id) is not { } entry)
                    return Results.NotFound();
                if (!Decision.IsStatus(request.Status))
                    return Results.BadRequest(new { error = "status must be accepted, rejected or unreviewed" });
                // No note in the request keeps the one saved: a key press in the grid must not wipe it.
                var note = request.Note is null ? decisions.Get(entry.Id)?.Note ?? "" : request.Note.Trim();
                if (note.Length > MaxNoteLength)
                    return Results.BadRequest(new { error = $"a note has at most {MaxNoteLength} characters" });
                var decision = decisions.Set(entry.Id, request.Status!, note, time.GetUtcNow());
                return Results.Json(
                    new
                    {
                        id = entry.Id,
                        decision.Status,
                        decision.Note,
                    }
                );
            }
        );

        app.MapGet("/api/summary", () => Results.Json(SummaryBuilder.Build(index, decisions)));
    }

    private static object Summary(SampleEntry entry, DecisionStore decisions) =>
        new
        {
            id = entry.Id,
            topic = entry.Topic,
            generator = entry.Generator,
            flags = entry.Flags.ToList(),
            status = decisions.StatusOf(entry.Id),
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

/// <summary>The body of a decision: a status, and an optional note.</summary>
internal sealed record DecisionRequest(string? Status, string? Note);
