using WebSight.Core.Foundation;
using WebSight.Core.Styling;

namespace WebSight.Core.Rendering;

internal enum ImageFormat
{
    Jpeg,
    Png,
}

/// <summary>
/// Screenshot settings. Defaults are the published WebSight v0.2 ones: 1280 wide, scale 2, full page, JPEG 65.
/// Each setting's flag and default are declared here once, in the flag's unit; the CLI and the messages use them.
/// </summary>
internal sealed class RenderOptions
{
    /// <summary>Chromium cannot capture taller than this many device pixels.</summary>
    public const int ChromiumMaxCapturePixels = 16384;

    public const string ViewportWidthFlag = "--viewport-width";
    public const int DefaultViewportWidth = 1280;

    public const string ViewportHeightFlag = "--viewport-height";
    public const int DefaultViewportHeight = 800;

    public const string DeviceScaleFactorFlag = "--device-scale-factor";
    public const double DefaultDeviceScaleFactor = 2;

    public const string ViewportsFlag = "--viewports";

    public const string FullPageFlag = "--full-page";
    public const bool DefaultFullPage = true;

    public const string FormatFlag = "--format";

    /// <summary>The format as the flag spells it.</summary>
    public const string DefaultFormat = "jpeg";

    public const string QualityFlag = "--quality";
    public const int DefaultQuality = 65;

    public const string MaxHeightFlag = "--max-height";
    public const int DefaultMaxHeight = 8000;

    public const string WorkersFlag = "--workers";

    public const string PageTimeoutFlag = "--page-timeout";
    public const double DefaultPageTimeoutSeconds = 20;

    public const string AllowJsFlag = "--allow-js";

    public const string LayoutFlag = "--layout";
    public const bool DefaultLayout = true;

    public const string BrowserPathFlag = "--browser-path";

    public const string ImagesFlag = "--images";

    /// <summary>One browser process per core is fastest: a browser works one screenshot at a time.</summary>
    public static int DefaultWorkers => Environment.ProcessorCount;

    public int ViewportWidth { get; init; } = DefaultViewportWidth;

    public int ViewportHeight { get; init; } = DefaultViewportHeight;

    public double DeviceScaleFactor { get; init; } = DefaultDeviceScaleFactor;

    /// <summary>The screens each page is rendered on (--viewports); null for the one the three flags above describe.</summary>
    public IReadOnlyList<Viewport>? Viewports { get; init; }

    /// <summary>Every viewport a page is rendered at, in order: the --viewports list, or one named <see cref="Viewport.DefaultName"/>.</summary>
    public IReadOnlyList<Viewport> EffectiveViewports =>
        Viewports ?? [new Viewport(Viewport.DefaultName, ViewportWidth, ViewportHeight, DeviceScaleFactor)];

    public bool FullPage { get; init; } = DefaultFullPage;

    public ImageFormat Format { get; init; } = Enum.Parse<ImageFormat>(DefaultFormat, ignoreCase: true);

    public int Quality { get; init; } = DefaultQuality;

    /// <summary>Tallest capture in CSS pixels; taller pages are cut here.</summary>
    public int MaxHeight { get; init; } = DefaultMaxHeight;

    /// <summary>Browser processes rendering in parallel.</summary>
    public int Workers { get; init; } = DefaultWorkers;

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(DefaultPageTimeoutSeconds);

    public bool JavaScriptEnabled { get; init; }

    /// <summary>Pages carry their own CSS (<c>--styling css</c>): the renderer adds no Tailwind to them.</summary>
    public PageStyling Styling { get; init; }

    /// <summary>Take the laid-out DOM (element boxes, text blocks) of every page into the row.</summary>
    public bool Layout { get; init; } = DefaultLayout;

    /// <summary>
    /// Pages rendered before a browser context is replaced, which is what releases Chromium's memory. With
    /// JavaScript on every page gets a fresh context instead, whatever this says.
    /// </summary>
    public int RecycleEvery { get; init; } = 100;

    /// <summary>Attempts per sample when the browser dies under it.</summary>
    public int MaxAttempts { get; init; } = 3;

    public string? BrowserPath { get; init; }

    /// <summary>A folder of photos to show instead of placeholders (see <see cref="PhotoLibrary"/>); null for placeholders.</summary>
    public string? ImagesDirectory { get; init; }

    private PhotoLibrary? _photos;

    /// <summary>The library in <see cref="ImagesDirectory"/>, opened (and checked) once, by <see cref="Validate"/>.</summary>
    public PhotoLibrary? Photos => ImagesDirectory is null ? null : _photos ??= PhotoLibrary.Open(ImagesDirectory);

    /// <summary>Serve the whole 2.9 MB stylesheet to every page instead of the rules its classes can match.</summary>
    public bool ServeFullStylesheet { get; init; }

    /// <summary>
    /// Give the browser the stylesheet and placeholder images inside the document instead of answering a request
    /// for each (same pixels, a third less load work). Off only to compare the two paths.
    /// </summary>
    public bool InlineResources { get; init; } = true;

    /// <summary>
    /// The tallest capture at <paramref name="viewport"/> in CSS pixels: --max-height, and within Chromium's capture
    /// limit at the viewport's scale (a phone at scale 3 is cut sooner than a desktop at 2).
    /// </summary>
    public int MaxHeightAt(Viewport viewport) => Math.Min(MaxHeight, (int)(ChromiumMaxCapturePixels / viewport.Scale));

    /// <summary>What becomes of resources the renderer does not serve (<see cref="ResourcePolicies.Flag"/>).</summary>
    public ResourcePolicy Resources { get; init; } = ResourcePolicy.Reject;

    public void Validate()
    {
        if (Viewports is { } viewports)
            ValidateViewports(viewports);
        if (ViewportWidth is < 320 or > 3840)
            throw new OptionsException(ViewportWidthFlag, "must be between 320 and 3840");
        if (ViewportHeight is < 240 or > 4320)
            throw new OptionsException(ViewportHeightFlag, "must be between 240 and 4320");
        if (DeviceScaleFactor is < 0.5 or > 4)
            throw new OptionsException(DeviceScaleFactorFlag, "must be between 0.5 and 4");
        if (Quality is < 1 or > 100)
            throw new OptionsException(QualityFlag, "must be between 1 and 100");
        if (MaxHeight < ViewportHeight)
            throw new OptionsException(MaxHeightFlag, $"must be at least the viewport height ({ViewportHeight})");
        if (Viewports is null && MaxHeight * DeviceScaleFactor > ChromiumMaxCapturePixels)
            throw new OptionsException(
                MaxHeightFlag,
                $"{MaxHeight} px at scale {DeviceScaleFactor} exceeds Chromium's {ChromiumMaxCapturePixels} px capture limit; use at most {(int)(ChromiumMaxCapturePixels / DeviceScaleFactor)}"
            );
        if (Workers is < 1 or > 64)
            throw new OptionsException(WorkersFlag, "must be between 1 and 64");
        if (PageTimeout <= TimeSpan.Zero)
            throw new OptionsException(PageTimeoutFlag, "must be positive");
        // Opening the library checks the folder, its sidecar and every file in it.
        _ = Photos;
        // No flag sets this one, so the message names the setting.
        if (RecycleEvery < 1)
            throw new OptionsException($"{nameof(RenderOptions)}.{nameof(RecycleEvery)}", "must be at least 1");
    }

    private void ValidateViewports(IReadOnlyList<Viewport> viewports)
    {
        if (viewports.Count == 0)
            throw new OptionsException(ViewportsFlag, "name at least one viewport");
        foreach (var viewport in viewports)
        {
            viewport.Validate(ViewportsFlag);
            if (viewports.Count(v => v.Name == viewport.Name) > 1)
                throw new OptionsException(
                    ViewportsFlag,
                    $"the viewport name '{viewport.Name}' is given more than once"
                );
            if (MaxHeightAt(viewport) < viewport.Height)
                throw new OptionsException(
                    MaxHeightFlag,
                    $"must be at least the height of viewport {viewport} ({viewport.Height})"
                );
        }
    }
}
