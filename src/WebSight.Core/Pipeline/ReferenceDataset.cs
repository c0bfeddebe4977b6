using System.Text.Json.Nodes;
using Parquet;
using Parquet.Serialization;
using WebSight.Core.Evaluation;
using WebSight.Core.Foundation;
using WebSight.Core.Rendering;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>
/// The reference side of `eval`: a finished dataset of ours (its train-* and test-* shards in data/) and its
/// run.json, read into <see cref="ReferencePage"/>s with the render settings each row was made with.
/// </summary>
internal static class ReferenceDataset
{
    /// <summary>
    /// The rows at <paramref name="viewportName"/> (the run's first viewport when null) whose id is in
    /// <paramref name="wanted"/>, and how many rows that viewport holds in all.
    /// </summary>
    public static async Task<(Dictionary<string, ReferencePage> Pages, int Rows)> LoadAsync(
        string directory,
        IReadOnlySet<string> wanted,
        string? viewportName,
        CancellationToken cancellationToken
    )
    {
        var run = new RunDirectory(directory);
        var manifest = ReadManifest(run);
        var viewport = ViewportOf(manifest, viewportName);
        var shards = run.Shards()
            .Where(s =>
                Path.GetFileName(s) is var name
                && (
                    name.StartsWith("train-", StringComparison.Ordinal)
                    || name.StartsWith("test-", StringComparison.Ordinal)
                )
            )
            .ToList();
        if (shards.Count == 0)
            throw new OptionsException(
                EvalOptions.ReferenceFlag,
                $"{directory} holds no finished shards (data/train-*.parquet or data/test-*.parquet)"
            );
        var pages = new Dictionary<string, ReferencePage>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var shard in shards)
        {
            await using var stream = File.OpenRead(shard);
            int groups;
            await using (var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken))
                groups = reader.RowGroupCount;
            for (var group = 0; group < groups; group++)
            {
                stream.Position = 0;
                var batch = await ParquetSerializer.DeserializeAsync<DatasetRow>(
                    stream,
                    null,
                    group,
                    cancellationToken
                );
                // A dataset written before viewports existed has none recorded; its rows are all one viewport.
                foreach (var row in batch.Data.Where(r => viewport is null || r.Viewport == viewport.Name))
                {
                    rows++;
                    if (row.Id is { } id && wanted.Contains(id))
                        pages[id] = ToPage(row, manifest, viewport, shard);
                }
            }
        }
        return (pages, rows);
    }

    /// <summary>
    /// The viewport to score at, from the run's recorded --viewports; null for a dataset that records none.
    /// </summary>
    private static Viewport? ViewportOf(JsonObject manifest, string? name)
    {
        if (manifest["render"]?["viewports"] is not JsonValue recorded || recorded.GetValue<string>() is not { } spec)
            return name is null
                ? null
                : throw new OptionsException(
                    EvalOptions.ViewportFlag,
                    "the reference records no viewports (it was made before --viewports existed); leave the flag out"
                );
        var viewports = Viewport.ParseList(spec, EvalOptions.ReferenceFlag);
        return name is null
            ? viewports[0]
            : viewports.FirstOrDefault(v => v.Name == name)
                ?? throw new OptionsException(
                    EvalOptions.ViewportFlag,
                    $"the reference has no viewport '{name}'; it has {string.Join(", ", viewports.Select(v => v.Name))}"
                );
    }

    /// <summary>
    /// The settings a row was rendered with: its viewport (size and scale) where the run records one, else the width
    /// from the row's image width over the run's device scale; everything else from run.json.
    /// </summary>
    private static ReferenceRenderSettings SettingsOf(DatasetRow row, JsonObject manifest, Viewport? viewport)
    {
        var render = manifest["render"]?.AsObject() ?? new JsonObject();
        var scale = viewport?.Scale ?? Number(render, "device_scale_factor", RenderOptions.DefaultDeviceScaleFactor);
        var images = render["images"] is JsonObject library ? (string?)library["directory"] : null;
        return new ReferenceRenderSettings(
            viewport?.Width ?? (int)Math.Round(row.Width / scale),
            viewport?.Height ?? (int)Number(render, "viewport_height", RenderOptions.DefaultViewportHeight),
            scale,
            (bool?)render["full_page"] ?? RenderOptions.DefaultFullPage,
            Enum.Parse<ImageFormat>((string?)render["format"] ?? RenderOptions.DefaultFormat, ignoreCase: true),
            (int)Number(render, "quality", RenderOptions.DefaultQuality),
            (int)Number(render, "max_height", RenderOptions.DefaultMaxHeight),
            (bool?)render["javascript"] ?? false,
            images is not null && Directory.Exists(images) ? images : null
        );
    }

    private static ReferencePage ToPage(DatasetRow row, JsonObject manifest, Viewport? viewport, string shard)
    {
        if (row.LayoutElements is null || row.LayoutText is null)
            throw new OptionsException(
                EvalOptions.ReferenceFlag,
                $"{shard} has no layout columns (it was rendered with --layout false); render the reference with the layout on"
            );
        var settings = SettingsOf(row, manifest, viewport);
        var layout = new PageLayout(
            row.LayoutElements.Select(e => new ElementBox(
                    e.Tag ?? "",
                    e.Parent,
                    e.X,
                    e.Y,
                    e.Width,
                    e.Height,
                    e.Visible,
                    e.Color ?? "",
                    e.BackgroundColor ?? "",
                    e.FontSize,
                    e.FontWeight
                ))
                .ToList(),
            row.LayoutText.Select(t => new TextBlock(
                    t.Text ?? "",
                    t.Element,
                    t.X,
                    t.Y,
                    t.Width,
                    t.Height,
                    t.Color ?? ""
                ))
                .ToList()
        );
        return new ReferencePage(
            row.Id!,
            row.Image?.Bytes
                ?? throw new OptionsException(EvalOptions.ReferenceFlag, $"{shard}: row {row.Id} has no image"),
            layout,
            row.Width / settings.DeviceScaleFactor,
            row.Height / settings.DeviceScaleFactor,
            settings
        );
    }

    private static JsonObject ReadManifest(RunDirectory run)
    {
        if (!File.Exists(run.Manifest))
            throw new OptionsException(
                EvalOptions.ReferenceFlag,
                $"{run.Root} has no run.json, so the settings its screenshots were rendered with are unknown"
            );
        try
        {
            return JsonNode.Parse(File.ReadAllText(run.Manifest))?.AsObject()
                ?? throw new OptionsException(EvalOptions.ReferenceFlag, $"{run.Manifest} is empty");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new OptionsException(EvalOptions.ReferenceFlag, $"{run.Manifest} is not valid JSON ({e.Message})");
        }
    }

    private static double Number(JsonObject render, string key, double fallback) =>
        render[key] is JsonValue value && value.TryGetValue<double>(out var number) ? number : fallback;
}
