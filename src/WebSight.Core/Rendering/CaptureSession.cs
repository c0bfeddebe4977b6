using Microsoft.Playwright;

namespace WebSight.Core.Rendering;

/// <summary>The DevTools session a screenshot is captured through, set up so its captures keep the page's scale.</summary>
internal static class CaptureSession
{
    /// <summary>
    /// A capture beyond the viewport resizes the view through the emulation of the session that asks for it, then
    /// restores that session's own settings. Without an override of its own (Playwright's lives on its own session)
    /// it restores none: the window falls back to device scale 1 after every capture, the next page lays out at the
    /// wrong scale, and a capture can catch the switch (text one CSS pixel lower, pages a few pixels taller,
    /// depending on what was rendered before). Captures through this session then take a clip scale of 1.
    /// </summary>
    public static async Task<ICDPSession> OpenAsync(IBrowserContext context, IPage page, Viewport viewport)
    {
        var session = await context.NewCDPSessionAsync(page);
        await EmulateAsync(session, viewport);
        return session;
    }

    /// <summary>
    /// Lays the loaded page out again at <paramref name="viewport"/>: this session's override is the one the window
    /// follows (and the one its captures restore), so another viewport is set here, not through Playwright's.
    /// Not a mobile emulation: pages without a viewport meta tag would otherwise lay out 980 px wide and be shrunk.
    /// </summary>
    public static async Task EmulateAsync(ICDPSession session, Viewport viewport) =>
        await session.SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new Dictionary<string, object>
            {
                ["width"] = viewport.Width,
                ["height"] = viewport.Height,
                ["deviceScaleFactor"] = viewport.Scale,
                ["mobile"] = false,
            }
        );

    /// <summary>
    /// Captures through the DevTools protocol directly: Chromium rasterises and encodes (JPEG or PNG) in one call,
    /// with none of the per-capture style injection a generic screenshot API does. Animations and the caret are
    /// frozen by the stylesheet the renderer serves instead.
    /// </summary>
    public static async Task<byte[]> CaptureAsync(
        ICDPSession session,
        RenderOptions options,
        Viewport viewport,
        int pageHeight
    )
    {
        var parameters = new Dictionary<string, object>
        {
            ["format"] = options.Format == ImageFormat.Jpeg ? "jpeg" : "png",
            ["captureBeyondViewport"] = options.FullPage,
            // Clip to the viewport width: content that overflows sideways must not widen the image.
            ["clip"] = new Dictionary<string, object>
            {
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = viewport.Width,
                ["height"] = options.FullPage
                    ? Math.Clamp(pageHeight, viewport.Height, options.MaxHeightAt(viewport))
                    : viewport.Height,
                // The window already has the device scale (see CaptureSession); a clip scale would multiply it.
                ["scale"] = 1,
            },
        };
        if (options.Format == ImageFormat.Jpeg)
            parameters["quality"] = options.Quality;
        var result = await session.SendAsync("Page.captureScreenshot", parameters).WaitAsync(options.PageTimeout);
        // Decoded straight from the UTF-8 reply: no megabyte-sized string on the way.
        return result is { } reply && reply.GetProperty("data").TryGetBytesFromBase64(out var image) && image.Length > 0
            ? image
            : throw new PlaywrightException("Chromium returned an empty or malformed screenshot.");
    }
}
