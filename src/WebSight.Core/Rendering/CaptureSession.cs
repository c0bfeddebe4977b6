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
    public static async Task<ICDPSession> OpenAsync(
        IBrowserContext context,
        IPage page,
        int width,
        int height,
        double scale
    )
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new Dictionary<string, object>
            {
                ["width"] = width,
                ["height"] = height,
                ["deviceScaleFactor"] = scale,
                ["mobile"] = false,
            }
        );
        return session;
    }
}
