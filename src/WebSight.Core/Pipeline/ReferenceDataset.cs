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
    /// <summary>The rows whose id is in <paramref name="wanted"/>, and how many rows the dataset holds in all.</summary>
    public static async Task<(Dictionary<string, ReferencePage> Pages, int Rows)> LoadAsync(
        string directory,
        IReadOnlySet<string> wanted,
        CancellationToken cancellationToken
    )
    {
        var run = new RunDirectory(directory);
        var manifest = ReadManifest(run);
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
                foreach (var row in batch.Data)
                {
                    rows++;
                    if (row.Id is { } id && wanted.Contains(id))
                        pages[id] = ToPage(row, manifest, shard);
                }
            }
        }
        return (pages, rows);
    }

    /// <summary>
    /// The settings a row was rendered with: its viewport width from the row's image width over the run's device
    /// scale; everything else from run.json. Where a dataset records a per-row viewport, it is read here.
    /// </summary>
    public static ReferenceRenderSettings SettingsOf(DatasetRow row, JsonObject manifest)
    {
        var render = manifest["render"]?.AsObject() ?? new JsonObject();
        var scale = Number(render, "device_scale_factor", RenderOptions.DefaultDeviceScaleFactor);
        var images = render["images"] is JsonObject library ? (string?)library["directory"] : null;
        return new ReferenceRenderSettings(
            (int)Math.Round(row.Width / scale),
            (int)Number(render, "viewport_height", RenderOptions.DefaultViewportHeight),
            scale,
            (bool?)render["full_page"] ?? RenderOptions.DefaultFullPage,
            Enum.Parse<ImageFormat>((string?)render["format"] ?? RenderOptions.DefaultFormat, ignoreCase: true),
            (int)Number(render, "quality", RenderOptions.DefaultQuality),
            (int)Number(render, "max_height", RenderOptions.DefaultMaxHeight),
            (bool?)render["javascript"] ?? false,
            images is not null && Directory.Exists(images) ? images : null
        );
    }

    private static ReferencePage ToPage(DatasetRow row, JsonObject manifest, string shard)
    {
        if (row.LayoutElements is null || row.LayoutText is null)
            throw new OptionsException(
                EvalOptions.ReferenceFlag,
                $"{shard} has no layout columns (it was rendered with --layout false); render the reference with the layout on"
            );
        var settings = SettingsOf(row, manifest);
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
