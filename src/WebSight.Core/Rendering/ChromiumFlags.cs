using Microsoft.Playwright;

namespace WebSight.Core.Rendering;

/// <summary>The command line every renderer's Chromium starts with.</summary>
internal static class ChromiumFlags
{
    public static readonly string[] LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        "--disable-default-apps",
        "--no-first-run",
        "--hide-scrollbars",
        "--mute-audio",
        "--font-render-hinting=none",
        // Belt and braces behind the request routes: anything that escapes them (WebSockets, prefetches, WebRTC)
        // goes to a dead proxy port on loopback, and no host name resolves.
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--dns-prefetch-disable",
        // WebRTC (a page can use it with --allow-js): no UDP except through the proxy, which is dead, so no host or
        // reflexive candidate is gathered and no connectivity check is sent. Hiding host addresses behind mDNS
        // names is off too: its responder joins 224.0.0.251 on every interface and answers there.
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,WebRtcHideLocalIpsWithMdns",
    ];

    /// <summary>
    /// A context as every page is rendered in: the viewport and scale asked for, JavaScript as asked, no motion, no
    /// service workers or downloads, and a fixed locale and time zone so a page renders the same on any machine.
    /// </summary>
    public static BrowserNewContextOptions ContextOptions(RenderOptions options) =>
        ContextOptions(options, options.EffectiveViewports[0]);

    private static BrowserNewContextOptions ContextOptions(RenderOptions options, Viewport first) =>
        new()
        {
            ViewportSize = new ViewportSize { Width = first.Width, Height = first.Height },
            DeviceScaleFactor = (float)first.Scale,
            JavaScriptEnabled = options.JavaScriptEnabled,
            ReducedMotion = ReducedMotion.Reduce,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
            Locale = "en-US",
            TimezoneId = "UTC",
        };
}
