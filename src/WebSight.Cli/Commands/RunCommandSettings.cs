using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using WebSight.Core.Writing;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>
/// Flags shared by the commands that run the pipeline (generate, render): output, checks, rendering. Flag names and
/// defaults come from the Core options they set; Spectre assigns each [DefaultValue] to a flag not given, so the
/// properties carry no initializers.
/// </summary>
internal abstract partial class RunCommandSettings : CommandSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Run directory: data/ shards, dataset card, stats.json. Rerunning on it resumes (required).")]
    public string? Out { get; init; }

    [CommandOption(RenderOptions.ViewportWidthFlag + " <PX>")]
    [Description("Viewport width in CSS pixels.")]
    [DefaultValue(RenderOptions.DefaultViewportWidth)]
    public int ViewportWidth { get; init; }

    [CommandOption(RenderOptions.ViewportHeightFlag + " <PX>")]
    [Description("Viewport height in CSS pixels (the shortest capture).")]
    [DefaultValue(RenderOptions.DefaultViewportHeight)]
    public int ViewportHeight { get; init; }

    [CommandOption(RenderOptions.DeviceScaleFactorFlag + " <F>")]
    [Description("Device pixels per CSS pixel.")]
    [DefaultValue(RenderOptions.DefaultDeviceScaleFactor)]
    public double DeviceScaleFactor { get; init; }

    [CommandOption(RenderOptions.ViewportsFlag + " <LIST>")]
    [Description(
        "Render every page at each of these viewports, one row each sharing the page's id: name=WIDTHxHEIGHT@SCALE,... "
            + "e.g. desktop=1280x800@2,tablet=768x1024@2,phone=390x844@3. Default: one viewport named desktop from the three flags above."
    )]
    public string? Viewports { get; init; }

    [CommandOption(RenderOptions.FullPageFlag + " <BOOL>")]
    [Description("Capture the whole page, not just the viewport.")]
    [DefaultValue(RenderOptions.DefaultFullPage)]
    public bool FullPage { get; init; }

    [CommandOption(RenderOptions.FormatFlag + " <FORMAT>")]
    [Description("Image format: jpeg or png.")]
    [DefaultValue(RenderOptions.DefaultFormat)]
    public string Format { get; init; } = null!; // Spectre sets it, from [DefaultValue] if the flag is not given

    [CommandOption(RenderOptions.QualityFlag + " <Q>")]
    [Description("JPEG quality 1-100.")]
    [DefaultValue(RenderOptions.DefaultQuality)]
    public int Quality { get; init; }

    [CommandOption(RenderOptions.MaxHeightFlag + " <PX>")]
    [Description("Tallest capture in CSS pixels; taller pages are cut.")]
    [DefaultValue(RenderOptions.DefaultMaxHeight)]
    public int MaxHeight { get; init; }

    [CommandOption("-w|" + RenderOptions.WorkersFlag + " <K>")]
    [Description("Browser processes rendering in parallel. Default: one per core.")]
    public int? Workers { get; init; }

    [CommandOption(RenderOptions.PageTimeoutFlag + " <SECONDS>")]
    [Description("A page that does not load and capture in this time is rejected.")]
    [DefaultValue(RenderOptions.DefaultPageTimeoutSeconds)]
    public double PageTimeout { get; init; }

    [CommandOption(RenderOptions.LayoutFlag + " <BOOL>")]
    [Description("Store each page's layout: element boxes with styles and text blocks, in CSS pixels of the image.")]
    [DefaultValue(RenderOptions.DefaultLayout)]
    public bool Layout { get; init; }

    [CommandOption(RenderOptions.AllowJsFlag)]
    [Description("Run page JavaScript while rendering (off by default).")]
    public bool AllowJs { get; init; }

    [CommandOption(ValidationOptions.StripScriptsFlag)]
    [Description("Strip scripts, event handlers and javascript: URLs instead of rejecting the page.")]
    public bool StripScripts { get; init; }

    [CommandOption(ValidationOptions.MinWordsFlag + " <N>")]
    [Description("Fewest visible words a page needs.")]
    [DefaultValue(ValidationOptions.DefaultMinWords)]
    public int MinWords { get; init; }

    [CommandOption(ValidationOptions.MaxParseErrorsFlag + " <N>")]
    [Description("Most HTML parse errors tolerated.")]
    [DefaultValue(ValidationOptions.DefaultMaxParseErrors)]
    public int MaxParseErrors { get; init; }

    [CommandOption(ValidationOptions.MaxHtmlKbFlag + " <KB>")]
    [Description("Largest page source in KiB.")]
    [DefaultValue(ValidationOptions.DefaultMaxHtmlKb)]
    public int MaxHtmlKb { get; init; }

    [CommandOption(ValidationOptions.MaxDepthFlag + " <N>")]
    [Description("Deepest element nesting a page may have (8-512); deeper pages are too_deep.")]
    [DefaultValue(ValidationOptions.DefaultMaxDepth)]
    public int MaxDepth { get; init; }

    [CommandOption(ValidationOptions.ValidationBudgetMsFlag + " <MS>")]
    [Description("Wall-clock time validation may spend on one page before it is validation_budget.")]
    [DefaultValue(ValidationOptions.DefaultValidationBudgetMs)]
    public int ValidationBudgetMs { get; init; }

    [CommandOption(ValidationOptions.MaxElementsFlag + " <N>")]
    [Description("Most elements a page may have.")]
    [DefaultValue(ValidationOptions.DefaultMaxElements)]
    public int MaxElements { get; init; }

    [CommandOption(ValidationOptions.MaxUnknownClassShareFlag + " <F>")]
    [Description("Largest share of class names Tailwind 2.2.19 does not define.")]
    [DefaultValue(ValidationOptions.DefaultMaxUnknownClassShare)]
    public double MaxUnknownClassShare { get; init; }

    [CommandOption(WritingOptions.PartRowsFlag + " <N>")]
    [Description("Rows per committed part while running.")]
    [DefaultValue(WritingOptions.DefaultPartRows)]
    public int PartRows { get; init; }

    [CommandOption(WritingOptions.ShardSizeMbFlag + " <MB>")]
    [Description("Largest final Parquet shard in MB.")]
    [DefaultValue(WritingOptions.DefaultShardSizeMb)]
    public int ShardSizeMb { get; init; }

    [CommandOption(WritingOptions.SplitFlag + " <SPLIT=SHARE>")]
    [Description(
        "Hold out a share of the pages (chosen by a hash of the id, so all viewports of a page together) as a test split: data/test-*.parquet, e.g. test=0.02."
    )]
    public string? Split { get; init; }

    [CommandOption(WritingOptions.NoRejectsFlag)]
    [Description("Do not keep rejected pages in rejects/.")]
    public bool NoRejects { get; init; }

    [CommandOption("--force-new")]
    [Description("Discard an earlier run in --out instead of resuming it.")]
    public bool ForceNew { get; init; }

    [CommandOption(RenderOptions.BrowserPathFlag + " <PATH>")]
    [Description("Chromium or chromium-headless-shell binary. Default: found automatically.")]
    public string? BrowserPath { get; init; }

    [CommandOption(RenderOptions.ImagesFlag + " <DIR>")]
    [Description(
        "Folder of photos shown instead of placeholders, matched by keyword from file names or an images.csv / images.json sidecar (file,keywords,license,author)."
    )]
    public string? Images { get; init; }

    [CommandOption(TailwindProfile.Flag + " <VERSION>")]
    [Description(
        "Tailwind CSS version the pages are written, validated and rendered for: 2 (2.2.19, as WebSight v0.2), 3 (3.4.19) or 4 (4.3.5; 3 and 4 need the compilers the bootstrap installs)."
    )]
    [DefaultValue(TailwindProfile.DefaultNumber)]
    public int Tailwind { get; init; } = TailwindProfile.DefaultNumber;

    [CommandOption(PageStylings.Flag + " <STYLING>")]
    [Description(
        "How pages are styled: tailwind (utility classes, as WebSight v0.2) or css (plain HTML with one <style> block and semantic class names, as WebSight v0.1; Tailwind pages are converted with the --tailwind profile's CSS)."
    )]
    [DefaultValue(PageStylings.DefaultName)]
    public string Styling { get; init; } = PageStylings.DefaultName;

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
            return ValidationResult.Error($"{RenderOptions.FormatFlag}: '{Format}' is not a format; use jpeg or png");
        if (ShardIndex is not null && ShardCount is null)
            return ValidationResult.Error("--shard-index needs --shard-count");
        return ValidationResult.Success();
    }

    protected ValidationOptions ToValidationOptions(
        ResourcePolicy resources = ResourcePolicy.Reject,
        bool allowLoremIpsum = false,
        bool allowSeveralBodies = false,
        PageStyling? styling = null
    ) =>
        new()
        {
            Resources = resources,
            AllowLoremIpsum = allowLoremIpsum,
            AllowSeveralBodies = allowSeveralBodies,
            MinVisibleWords = MinWords,
            MaxParseErrors = MaxParseErrors,
            MaxHtmlBytes = MaxHtmlKb * 1024,
            MaxElements = MaxElements,
            MaxDepth = MaxDepth,
            Budget = TimeSpan.FromMilliseconds(ValidationBudgetMs),
            MaxUnknownClassShare = MaxUnknownClassShare,
            StripScripts = StripScripts,
            Styling = styling ?? PageStylings.Parse(Styling),
            AllowScripts = AllowJs,
        };

    protected RenderOptions ToRenderOptions(
        ResourcePolicy resources = ResourcePolicy.Reject,
        PageStyling? styling = null
    ) =>
        new()
        {
            Resources = resources,
            ViewportWidth = ViewportWidth,
            ViewportHeight = ViewportHeight,
            DeviceScaleFactor = DeviceScaleFactor,
            Viewports = Viewports is null ? null : Viewport.ParseList(Viewports, RenderOptions.ViewportsFlag),
            FullPage = FullPage,
            Format = Format == "png" ? ImageFormat.Png : ImageFormat.Jpeg,
            Quality = Quality,
            MaxHeight = MaxHeight,
            Workers = Workers ?? RenderOptions.DefaultWorkers,
            PageTimeout = TimeSpan.FromSeconds(PageTimeout),
            JavaScriptEnabled = AllowJs,
            Styling = styling ?? PageStylings.Parse(Styling),
            Layout = Layout,
            BrowserPath = BrowserPath,
            ImagesDirectory = Images,
        };

    protected WritingOptions ToWritingOptions() =>
        new()
        {
            PartRows = PartRows,
            ShardMaxBytes = (long)ShardSizeMb * 1024 * 1024,
            WriteRejects = !NoRejects,
            TestShare = Split is null ? 0 : DatasetSplit.ParseTestShare(Split, WritingOptions.SplitFlag),
        };

    /// <summary>This worker's slice: from the flags, else from a Kubernetes Indexed Job or a Slurm array.</summary>
    protected Sharding Sharding() =>
        Core.Foundation.Sharding.Resolve(ShardIndex, ShardCount, Environment.GetEnvironmentVariable);
}
