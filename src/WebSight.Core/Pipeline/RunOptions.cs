using System.Text.Json.Nodes;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

/// <summary>Everything one run of the pipeline (`generate` or `render`) needs, validated once before any work starts.</summary>
internal sealed class RunOptions
{
    public required int Count { get; init; }

    public required string OutputDirectory { get; init; }

    public RunDirectory Run => new(OutputDirectory);

    public long Seed { get; init; }

    public string Generator { get; init; } = TemplateGenerator.GeneratorName;

    /// <summary>For `render`: the directory or JSON-lines file the pages come from.</summary>
    public string? Input { get; init; }

    /// <summary>Start over in a directory that holds a run with other settings.</summary>
    public bool ForceNew { get; init; }

    public string? TailwindPath { get; init; }

    /// <summary>The Tailwind version pages are written, validated and rendered for (<c>--tailwind</c>).</summary>
    public TailwindProfile Tailwind { get; init; } = TailwindProfile.V2;

    /// <summary>Tailwind utility classes, or plain CSS with semantic classes (<c>--styling</c>).</summary>
    public PageStyling Styling { get; init; }

    public TemplateGeneratorOptions Templates { get; init; } = new();

    /// <summary>Settings of the llm generator; required when <see cref="Generator"/> is "llm".</summary>
    public LlmOptions? Llm { get; init; }

    public ValidationOptions Validation { get; init; } = new();

    public RenderOptions Render { get; init; } = new();

    public WritingOptions Writing { get; init; } = new();

    public QualityOptions Quality { get; init; } = new();

    /// <summary>The slice of the run this worker owns; <c>--count</c> is the total over all shards.</summary>
    public Sharding Sharding { get; init; } = Sharding.Single;

    /// <summary>Most candidates tried per wanted row before the run gives up on a generator that keeps failing.</summary>
    public int MaxCandidatesPerRow { get; init; } = 5;

    public void Validate()
    {
        if (Count < 1)
            throw new OptionsException("--count", "must be at least 1");
        if (string.IsNullOrWhiteSpace(OutputDirectory))
            throw new OptionsException("--out", "is required");
        if (File.Exists(OutputDirectory))
            throw new OptionsException("--out", $"{OutputDirectory} is a file; give a directory");
        PageSources.CheckName(Generator);
        if (Generator == LlmPageGenerator.GeneratorName)
            (Llm ?? throw new OptionsException("--model", "the llm generator needs a model or deployment")).Validate();
        Sharding.Validate();
        Templates.Validate();
        Validation.Validate();
        if (Validation.Styling != Styling || Render.Styling != Styling)
            throw new OptionsException(PageStylings.Flag, "validation and rendering must use the run's styling");
        if (Validation.Resources != Render.Resources)
            throw new OptionsException(ResourcePolicies.Flag, "validation and rendering must use the same policy");
        Render.Validate();
        Writing.Validate();
        Quality.Validate();
    }

    /// <summary>The settings recorded in run.json; what decides the content of the dataset.</summary>
    public JsonObject ToManifest() =>
        WithLlm(
            new()
            {
                ["tool"] = "websight",
                ["tool_version"] = typeof(RunOptions).Assembly.GetName().Version?.ToString(),
                ["count"] = Count,
                ["seed"] = Seed,
                ["generator"] = Generator,
                ["tailwind"] = Tailwind.Number,
                ["tailwind_version"] = Tailwind.Version,
                ["styling"] = Styling.Name(),
                ["input"] = Input,
                ["shard_index"] = Sharding.Index,
                ["shard_count"] = Sharding.Count,
                ["templates"] = Templates.TemplatesDirectory is null
                    ? "embedded"
                    : Path.GetFullPath(Templates.TemplatesDirectory),
                ["archetypes"] = Templates.Archetypes is { } archetypes ? string.Join(",", archetypes) : "all",
                ["max_code_tokens"] = Templates.MaxCodeTokens,
                ["locales"] = string.Join(",", Templates.Locales ?? [TemplateGeneratorOptions.DefaultLocales]),
                ["render"] = new JsonObject
                {
                    ["viewport_width"] = Render.ViewportWidth,
                    ["viewport_height"] = Render.ViewportHeight,
                    ["device_scale_factor"] = Render.DeviceScaleFactor,
                    ["viewports"] = string.Join(",", Render.EffectiveViewports),
                    ["full_page"] = Render.FullPage,
                    ["format"] = Render.Format.ToString().ToLowerInvariant(),
                    ["quality"] = Render.Quality,
                    ["max_height"] = Render.MaxHeight,
                    ["javascript"] = Render.JavaScriptEnabled,
                    ["layout"] = Render.Layout,
                    ["workers"] = Render.Workers,
                    ["images"] = Render.Photos is { } photos
                        ? new JsonObject { ["directory"] = photos.Directory, ["fingerprint"] = photos.Fingerprint }
                        : "placeholders",
                    ["resources"] = Render.Resources.Name(),
                },
                ["validation"] = new JsonObject
                {
                    ["max_parse_errors"] = Validation.MaxParseErrors,
                    ["min_visible_words"] = Validation.MinVisibleWords,
                    ["max_html_bytes"] = Validation.MaxHtmlBytes,
                    ["max_elements"] = Validation.MaxElements,
                    ["max_unknown_class_share"] = Validation.MaxUnknownClassShare,
                    ["strip_scripts"] = Validation.StripScripts,
                    ["allow_scripts"] = Validation.AllowScripts,
                    ["resources"] = Validation.Resources.Name(),
                    ["allow_lorem_ipsum"] = Validation.AllowLoremIpsum,
                    ["allow_several_bodies"] = Validation.AllowSeveralBodies,
                },
                ["quality"] = new JsonObject
                {
                    ["min_luma_stddev"] = Quality.MinLumaStdDev,
                    ["max_dominant_share"] = Quality.MaxDominantShare,
                    ["min_content_share"] = Quality.MinContentShare,
                    ["max_overflow_px"] = Quality.MaxOverflowPixels,
                    ["max_broken_images"] = Quality.MaxBrokenImages,
                    ["max_text_overflow"] = Quality.MaxOverflowingTextElements,
                    ["dedup_image_distance"] = Quality.ImageHashMaxDistance,
                    ["dedup_text_distance"] = Quality.TextHashMaxDistance,
                    ["keep_flagged"] = Quality.KeepFlagged,
                },
                ["writing"] = new JsonObject { ["part_rows"] = Writing.PartRows, ["test_share"] = Writing.TestShare },
            }
        );

    /// <summary>Adds the llm generator's content-deciding settings (never its key) to the manifest.</summary>
    private JsonObject WithLlm(JsonObject manifest)
    {
        if (Generator == LlmPageGenerator.GeneratorName && Llm is not null)
            manifest["llm"] = Llm.ToManifest();
        return manifest;
    }
}
