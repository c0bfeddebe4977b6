using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

internal enum ImageFormat
{
    Jpeg,
    Png,
}

/// <summary>Screenshot settings. Defaults are the published WebSight v0.2 ones: 1280 wide, scale 2, full page, JPEG 65.</summary>
internal sealed class RenderOptions
{
    /// <summary>Chromium cannot capture taller than this many device pixels.</summary>
    public const int ChromiumMaxCapturePixels = 16384;

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 800;

    public double DeviceScaleFactor { get; init; } = 2;

    public bool FullPage { get; init; } = true;

    public ImageFormat Format { get; init; } = ImageFormat.Jpeg;

    public int Quality { get; init; } = 65;

    /// <summary>Tallest capture in CSS pixels; taller pages are cut here.</summary>
    public int MaxHeight { get; init; } = 8000;

    /// <summary>Browser processes rendering in parallel; one per core is fastest.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public bool JavaScriptEnabled { get; init; }

    /// <summary>Pages rendered before a browser context is replaced, which is what releases Chromium's memory.</summary>
    public int RecycleEvery { get; init; } = 100;

    /// <summary>Attempts per sample when the browser dies under it.</summary>
    public int MaxAttempts { get; init; } = 3;

    public string? BrowserPath { get; init; }

    /// <summary>Serve the whole 2.9 MB stylesheet to every page instead of the rules its classes can match.</summary>
    public bool ServeFullStylesheet { get; init; }

    /// <summary>
    /// Give the browser the stylesheet and placeholder images inside the document instead of answering a request
    /// for each (same pixels, a third less load work). Off only to compare the two paths.
    /// </summary>
    public bool InlineResources { get; init; } = true;

    public void Validate()
    {
        if (ViewportWidth is < 320 or > 3840)
            throw new OptionsException("--viewport-width", "must be between 320 and 3840");
        if (ViewportHeight is < 240 or > 4320)
            throw new OptionsException("--viewport-height", "must be between 240 and 4320");
        if (DeviceScaleFactor is < 0.5 or > 4)
            throw new OptionsException("--device-scale-factor", "must be between 0.5 and 4");
        if (Quality is < 1 or > 100)
            throw new OptionsException("--quality", "must be between 1 and 100");
        if (MaxHeight < ViewportHeight)
            throw new OptionsException("--max-height", $"must be at least the viewport height ({ViewportHeight})");
        if (MaxHeight * DeviceScaleFactor > ChromiumMaxCapturePixels)
            throw new OptionsException(
                "--max-height",
                $"{MaxHeight} px at scale {DeviceScaleFactor} exceeds Chromium's {ChromiumMaxCapturePixels} px capture limit; use at most {(int)(ChromiumMaxCapturePixels / DeviceScaleFactor)}"
            );
        if (Workers is < 1 or > 64)
            throw new OptionsException("--workers", "must be between 1 and 64");
        if (PageTimeout <= TimeSpan.Zero)
            throw new OptionsException("--page-timeout", "must be positive");
        if (RecycleEvery < 1)
            throw new OptionsException("--recycle-every", "must be at least 1");
    }
}
