using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Validation;
using WebSight.Core.Writing;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>Flags shared by the commands that run the pipeline (generate, render): output, checks, rendering.</summary>
internal abstract class RunCommandSettings : CommandSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Run directory: data/ shards, dataset card, stats.json. Rerunning on it resumes (required).")]
    public string? Out { get; init; }

    [CommandOption("--viewport-width <PX>")]
    [Description("Viewport width in CSS pixels.")]
    [DefaultValue(1280)]
    public int ViewportWidth { get; init; } = 1280;

    [CommandOption("--viewport-height <PX>")]
    [Description("Viewport height in CSS pixels (the shortest capture).")]
    [DefaultValue(800)]
    public int ViewportHeight { get; init; } = 800;

    [CommandOption("--device-scale-factor <F>")]
    [Description("Device pixels per CSS pixel.")]
    [DefaultValue(2.0)]
    public double DeviceScaleFactor { get; init; } = 2;

    [CommandOption("--full-page <BOOL>")]
    [Description("Capture the whole page, not just the viewport.")]
    [DefaultValue(true)]
    public bool FullPage { get; init; } = true;

    [CommandOption("--format <FORMAT>")]
    [Description("Image format: jpeg or png.")]
    [DefaultValue("jpeg")]
    public string Format { get; init; } = "jpeg";

    [CommandOption("--quality <Q>")]
    [Description("JPEG quality 1-100.")]
    [DefaultValue(65)]
    public int Quality { get; init; } = 65;

    [CommandOption("--max-height <PX>")]
    [Description("Tallest capture in CSS pixels; taller pages are cut.")]
    [DefaultValue(8000)]
    public int MaxHeight { get; init; } = 8000;

    [CommandOption("-w|--workers <K>")]
    [Description("Browser processes rendering in parallel. Default: one per core.")]
    public int? Workers { get; init; }

    [CommandOption("--page-timeout <SECONDS>")]
    [Description("A page that does not load and capture in this time is rejected.")]
    [DefaultValue(20.0)]
    public double PageTimeout { get; init; } = 20;

    [CommandOption("--allow-js")]
    [Description("Run page JavaScript while rendering (off by default).")]
    public bool AllowJs { get; init; }

    [CommandOption("--strip-scripts")]
    [Description("Strip scripts, event handlers and javascript: URLs instead of rejecting the page.")]
    public bool StripScripts { get; init; }

    [CommandOption("--min-words <N>")]
    [Description("Fewest visible words a page needs.")]
    [DefaultValue(10)]
    public int MinWords { get; init; } = 10;

    [CommandOption("--max-parse-errors <N>")]
    [Description("Most HTML parse errors tolerated.")]
    [DefaultValue(20)]
    public int MaxParseErrors { get; init; } = 20;

    [CommandOption("--max-html-kb <KB>")]
    [Description("Largest page source in KiB.")]
    [DefaultValue(256)]
    public int MaxHtmlKb { get; init; } = 256;

    [CommandOption("--max-elements <N>")]
    [Description("Most elements a page may have.")]
    [DefaultValue(10_000)]
    public int MaxElements { get; init; } = 10_000;

    [CommandOption("--max-unknown-class-share <F>")]
    [Description("Largest share of class names Tailwind 2.2.19 does not define.")]
    [DefaultValue(0.2)]
    public double MaxUnknownClassShare { get; init; } = 0.2;

    [CommandOption("--qa-min-luma-stddev <F>")]
    [Description("Screenshots with less brightness variation than this are blank_image.")]
    [DefaultValue(3.0)]
    public double QaMinLumaStdDev { get; init; } = 3;

    [CommandOption("--qa-max-dominant-share <F>")]
    [Description("Screenshots where one colour covers more than this share are blank_image.")]
    [DefaultValue(0.995)]
    public double QaMaxDominantShare { get; init; } = 0.995;

    [CommandOption("--qa-min-content-share <F>")]
    [Description("Screenshots with less non-background area than this share are low_content.")]
    [DefaultValue(0.01)]
    public double QaMinContentShare { get; init; } = 0.01;

    [CommandOption("--qa-max-overflow-px <PX>")]
    [Description("Pages wider than the viewport by more than this are horizontal_overflow.")]
    [DefaultValue(2)]
    public int QaMaxOverflowPx { get; init; } = 2;

    [CommandOption("--qa-max-broken-images <N>")]
    [Description("Pages with more images that failed to load are broken_images.")]
    [DefaultValue(0)]
    public int QaMaxBrokenImages { get; init; }

    [CommandOption("--qa-max-text-overflow <N>")]
    [Description("Pages with more elements whose text overflows its box are text_overflow.")]
    [DefaultValue(0)]
    public int QaMaxTextOverflow { get; init; }

    [CommandOption("--dedup-image-distance <BITS>")]
    [Description("Screenshot hash distance (0-31) within which a sample can be a near_duplicate of an earlier one.")]
    [DefaultValue(6)]
    public int DedupImageDistance { get; init; } = 6;

    [CommandOption("--dedup-text-distance <BITS>")]
    [Description("Text SimHash distance (0-31) within which a sample can be a near_duplicate; both must match.")]
    [DefaultValue(8)]
    public int DedupTextDistance { get; init; } = 8;

    [CommandOption("--keep-flagged")]
    [Description("Keep samples that fail QA checks, flagged in the qa_flags column, instead of rejecting them.")]
    public bool KeepFlagged { get; init; }

    [CommandOption("--part-rows <N>")]
    [Description("Rows per committed part while running.")]
    [DefaultValue(64)]
    public int PartRows { get; init; } = 64;

    [CommandOption("--shard-size-mb <MB>")]
    [Description("Largest final Parquet shard in MB.")]
    [DefaultValue(400)]
    public int ShardSizeMb { get; init; } = 400;

    [CommandOption("--no-rejects")]
    [Description("Do not keep rejected pages in rejects/.")]
    public bool NoRejects { get; init; }

    [CommandOption("--force-new")]
    [Description("Discard an earlier run in --out instead of resuming it.")]
    public bool ForceNew { get; init; }

    [CommandOption("--browser-path <PATH>")]
    [Description("Chromium or chromium-headless-shell binary. Default: found automatically.")]
    public string? BrowserPath { get; init; }

    [CommandOption("--tailwind-css <PATH>")]
    [Description("Local copy of tailwindcss@2.2.19 dist/tailwind.min.css. Default: the cache ./websight fills.")]
    public string? TailwindCss { get; init; }

    [CommandOption("--shard-index <K>")]
    [Description("This worker's shard, 0-based (default: JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID).")]
    public int? ShardIndex { get; init; }

    [CommandOption("--shard-count <N>")]
    [Description("How many shards the run is split into (default: SLURM_ARRAY_TASK_COUNT, else 1).")]
    public int? ShardCount { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show details and stack traces of errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
            return ValidationResult.Error("--out is required, e.g. --out out");
        if (Format is not ("jpeg" or "jpg" or "png"))
            return ValidationResult.Error($"--format: '{Format}' is not a format; use jpeg or png");
        if (ShardIndex is not null && ShardCount is null)
            return ValidationResult.Error("--shard-index needs --shard-count");
        return ValidationResult.Success();
    }

    protected ValidationOptions ValidationOptions() =>
        new()
        {
            MinVisibleWords = MinWords,
            MaxParseErrors = MaxParseErrors,
            MaxHtmlBytes = MaxHtmlKb * 1024,
            MaxElements = MaxElements,
            MaxUnknownClassShare = MaxUnknownClassShare,
            StripScripts = StripScripts,
            AllowScripts = AllowJs,
        };

    protected RenderOptions RenderOptions() =>
        new()
        {
            ViewportWidth = ViewportWidth,
            ViewportHeight = ViewportHeight,
            DeviceScaleFactor = DeviceScaleFactor,
            FullPage = FullPage,
            Format = Format == "png" ? ImageFormat.Png : ImageFormat.Jpeg,
            Quality = Quality,
            MaxHeight = MaxHeight,
            Workers = Workers ?? Environment.ProcessorCount,
            PageTimeout = TimeSpan.FromSeconds(PageTimeout),
            JavaScriptEnabled = AllowJs,
            BrowserPath = BrowserPath,
        };

    protected WritingOptions WritingOptions() =>
        new()
        {
            PartRows = PartRows,
            ShardMaxBytes = (long)ShardSizeMb * 1024 * 1024,
            RowGroupBytes = Math.Min(100L, ShardSizeMb) * 1024 * 1024,
            WriteRejects = !NoRejects,
        };

    protected QualityOptions QualityOptions() =>
        new()
        {
            MinLumaStdDev = QaMinLumaStdDev,
            MaxDominantShare = QaMaxDominantShare,
            MinContentShare = QaMinContentShare,
            MaxOverflowPixels = QaMaxOverflowPx,
            MaxBrokenImages = QaMaxBrokenImages,
            MaxOverflowingTextElements = QaMaxTextOverflow,
            ImageHashMaxDistance = DedupImageDistance,
            TextHashMaxDistance = DedupTextDistance,
            KeepFlagged = KeepFlagged,
        };

    /// <summary>This worker's slice: from the flags, else from a Kubernetes Indexed Job or a Slurm array.</summary>
    protected Sharding Sharding() =>
        Core.Foundation.Sharding.Resolve(ShardIndex, ShardCount, Environment.GetEnvironmentVariable);
}
