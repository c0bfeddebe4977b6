using WebSight.Core.Rendering;

namespace WebSight.Core.Evaluation;

/// <summary>
/// One row of the reference dataset as scoring needs it: its screenshot, its layout, the page's size in CSS pixels
/// (image size over the device scale), and the settings its prediction must be rendered with.
/// </summary>
internal sealed record ReferencePage(
    string Id,
    byte[] Image,
    PageLayout Layout,
    double CssWidth,
    double CssHeight,
    ReferenceRenderSettings Settings
);

/// <summary>
/// The render settings of one reference row: its viewport (from the row) and the run's capture settings (from its
/// run.json). Predictions are grouped by these, one set of browsers per group.
/// </summary>
internal sealed record ReferenceRenderSettings(
    int ViewportWidth,
    int ViewportHeight,
    double DeviceScaleFactor,
    bool FullPage,
    ImageFormat Format,
    int Quality,
    int MaxHeight,
    bool JavaScript,
    string? ImagesDirectory
)
{
    /// <summary>The render options for these settings, with the layout snapshot on, which the scores need.</summary>
    public RenderOptions ToRenderOptions(int workers, string? browserPath, TimeSpan pageTimeout) =>
        new()
        {
            ViewportWidth = ViewportWidth,
            ViewportHeight = ViewportHeight,
            DeviceScaleFactor = DeviceScaleFactor,
            FullPage = FullPage,
            Format = Format,
            Quality = Quality,
            MaxHeight = MaxHeight,
            JavaScriptEnabled = JavaScript,
            ImagesDirectory = ImagesDirectory,
            Layout = true,
            Workers = workers,
            BrowserPath = browserPath,
            PageTimeout = pageTimeout,
        };
}
