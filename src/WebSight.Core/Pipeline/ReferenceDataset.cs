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
/// run.json. Opening it reads only the id, viewport and width columns, to know where each wanted row is and what it
/// was rendered with; a row's screenshot and layout are read when a pair asks for it, one row group at a time, and
/// the few row groups last read stay in memory — so a test split larger than memory can be scored in location order.
/// </summary>
internal sealed class ReferenceDataset : IReferencePages, IDisposable
{
    /// <summary>Row groups kept read (about 100 MB each at the writer's default, holding only the wanted rows).</summary>
    private const int CachedGroups = 3;

    private readonly Viewport? _viewport;
    private readonly Dictionary<string, RowLocation> _locations;
    private readonly LinkedList<(RowLocation Group, Dictionary<string, ReferencePage> Pages)> _cache = new();
    private readonly SemaphoreSlim _reading = new(1, 1);

    private ReferenceDataset(Viewport? viewport, Dictionary<string, RowLocation> locations, int rows)
    {
        _viewport = viewport;
        _locations = locations;
        Rows = rows;
    }

    /// <summary>How many rows the scored viewport holds in all, wanted or not.</summary>
    public int Rows { get; }

    /// <summary>Where a row is: its shard, its row group there, and the settings it was rendered with.</summary>
    private sealed record RowLocation(string Shard, int Group, ReferenceRenderSettings Settings);

    /// <summary>
    /// The dataset's rows at <paramref name="viewportName"/> (the run's first viewport when null) whose id is in
    /// <paramref name="wanted"/>.
    /// </summary>
    public static async Task<ReferenceDataset> OpenAsync(
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
        var locations = new Dictionary<string, RowLocation>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var shard in shards)
        {
            await using var stream = File.OpenRead(shard);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
            // Top-level columns only: the layout structs have fields of the same names (width, height).
            var fields = reader.Schema.DataFields.Where(f => f.Path.Length == 1).ToDictionary(f => f.Name);
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rowGroup = reader.OpenRowGroupReader(group);
                var count = (int)rowGroup.RowCount;
                var ids = new string?[count];
                var viewports = new string?[count];
                var widths = new int[count];
                await rowGroup.ReadAsync(fields["id"], ids.AsMemory(), null, cancellationToken);
                await rowGroup.ReadAsync(fields["width"], widths.AsMemory(), null, cancellationToken);
                // A dataset written before viewports existed has none recorded; its rows are all one viewport.
                if (viewport is not null)
                    await rowGroup.ReadAsync(fields["viewport"], viewports.AsMemory(), null, cancellationToken);
                for (var i = 0; i < count; i++)
                {
                    if (viewport is not null && viewports[i] != viewport.Name)
                        continue;
                    rows++;
                    if (ids[i] is { } id && wanted.Contains(id))
                        locations[id] = new RowLocation(shard, group, SettingsOf(widths[i], manifest, viewport));
                }
            }
        }
        return new ReferenceDataset(viewport, locations, rows);
    }

    public void Dispose() => _reading.Dispose();

    public bool Contains(string id) => _locations.ContainsKey(id);

    /// <summary>The settings the row was rendered with, which its prediction is rendered with too.</summary>
    public ReferenceRenderSettings SettingsOf(string id) => _locations[id].Settings;

    /// <summary>Orders ids by where their rows are, so scoring in this order reads each row group once.</summary>
    public (string Shard, int Group) LocationOf(string id) => (_locations[id].Shard, _locations[id].Group);

    public async ValueTask<ReferencePage> GetAsync(string id, CancellationToken cancellationToken)
    {
        var location = _locations[id];
        await _reading.WaitAsync(cancellationToken);
        try
        {
            var cached = _cache.FirstOrDefault(c => c.Group.Shard == location.Shard && c.Group.Group == location.Group);
            if (cached.Pages is null)
            {
                cached = (location, await ReadGroupAsync(location, cancellationToken));
                _cache.AddFirst(cached);
                if (_cache.Count > CachedGroups)
                    _cache.RemoveLast();
            }
            return cached.Pages[id];
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>The wanted rows of one row group, with their screenshots and layouts.</summary>
    private async Task<Dictionary<string, ReferencePage>> ReadGroupAsync(
        RowLocation location,
        CancellationToken cancellationToken
    )
    {
        await using var stream = File.OpenRead(location.Shard);
        var batch = await ParquetSerializer.DeserializeAsync<DatasetRow>(
            stream,
            null,
            location.Group,
            cancellationToken
        );
        return batch
            .Data.Where(r =>
                (_viewport is null || r.Viewport == _viewport.Name)
                && r.Id is { } id
                && _locations.TryGetValue(id, out var at)
                && at.Shard == location.Shard
                && at.Group == location.Group
            )
            .ToDictionary(
                r => r.Id!,
                r => ToPage(r, _locations[r.Id!].Settings, location.Shard),
                StringComparer.Ordinal
            );
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
    private static ReferenceRenderSettings SettingsOf(int imageWidth, JsonObject manifest, Viewport? viewport)
    {
        var render = manifest["render"]?.AsObject() ?? new JsonObject();
        var scale = viewport?.Scale ?? Number(render, "device_scale_factor", RenderOptions.DefaultDeviceScaleFactor);
        var images = render["images"] is JsonObject library ? (string?)library["directory"] : null;
        return new ReferenceRenderSettings(
            viewport?.Width ?? (int)Math.Round(imageWidth / scale),
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

    private static ReferencePage ToPage(DatasetRow row, ReferenceRenderSettings settings, string shard)
    {
        if (row.LayoutElements is null || row.LayoutText is null)
            throw new OptionsException(
                EvalOptions.ReferenceFlag,
                $"{shard} has no layout columns (it was rendered with --layout false); render the reference with the layout on"
            );
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
