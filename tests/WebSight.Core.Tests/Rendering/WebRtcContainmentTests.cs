using System.Net;
using System.Net.NetworkInformation;
using System.Text.Json;
using Microsoft.Playwright;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Rendering;

/// <summary>
/// Real Chromium with the renderer's command line and JavaScript on: a page that opens a WebRTC peer connection
/// learns no address of the machine and makes the browser neither join a multicast group nor reach a server.
/// </summary>
public sealed class WebRtcContainmentTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public async Task InitializeAsync() => _playwright = await Playwright.CreateAsync();

    public Task DisposeAsync()
    {
        _playwright.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Gathers ICE candidates with STUN and TURN (TCP) servers on a loopback listener, then records them, the
    /// local description and the gathering state in <c>window.rtc</c>.
    /// </summary>
    private static string GatheringPage(int port) =>
        $$"""
            <html><body><p>A page that asks WebRTC for the machine's addresses.</p>
            <script>
              window.rtc = { candidates: [], done: false };
              const finish = () => {
                if (window.rtc.done) return;
                window.rtc.sdp = pc.localDescription ? pc.localDescription.sdp : '';
                window.rtc.state = pc.iceGatheringState;
                window.rtc.done = true;
              };
              const pc = new RTCPeerConnection({ iceServers: [
                { urls: 'stun:127.0.0.1:{{port}}' },
                { urls: 'turn:127.0.0.1:{{port}}?transport=tcp', username: 'u', credential: 'p' },
              ] });
              window.keep = pc;
              pc.createDataChannel('out');
              pc.onicecandidate = e => { if (e.candidate) window.rtc.candidates.push(e.candidate.candidate); else finish(); };
              pc.createOffer().then(offer => pc.setLocalDescription(offer));
              setTimeout(finish, 3000);
            </script></body></html>
            """;

    [Fact]
    public async Task A_webrtc_page_learns_no_address_and_the_browser_opens_no_multicast_or_outside_socket()
    {
        using var listener = new LoopbackListener();
        await using var browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Shared.Browser,
                Headless = true,
                Args = ChromiumFlags.LaunchArguments,
            }
        );
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(GatheringPage(listener.Port));
        await page.WaitForFunctionAsync("() => window.rtc.done", null, new() { Timeout = 15_000 });
        var rtc = await page.EvaluateAsync<JsonElement>("() => window.rtc");
        // Taken while the peer connection is still open, so every socket it made is still there.
        var sockets = ProcessSockets.UdpOfDescendants();

        var candidates = rtc.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()!).ToList();
        var sdp = rtc.GetProperty("sdp").GetString()!;
        Assert.Empty(candidates);
        Assert.DoesNotContain("a=candidate", sdp, StringComparison.Ordinal);
        Assert.DoesNotContain(".local", sdp, StringComparison.Ordinal);
        foreach (var address in MachineAddresses())
            Assert.DoesNotContain(address, sdp, StringComparison.OrdinalIgnoreCase);

        // mDNS (port 5353, multicast 224.0.0.251) is what sent packets off the loopback interface.
        Assert.DoesNotContain(sockets, s => s.LocalPort == 5353);
        Assert.DoesNotContain(sockets, s => IsMulticast(s.Local));
        // No socket is tied to one of the machine's outside addresses or connected to an outside peer.
        Assert.DoesNotContain(sockets, s => !IsLoopbackOrAny(s.Local) || !IsLoopbackOrAny(s.Remote));
        Assert.Equal(0, listener.Connections);
    }

    private static IEnumerable<string> MachineAddresses() =>
        NetworkInterface
            .GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a))
            .Select(a => a.ToString().Split('%')[0]);

    private static bool IsMulticast(IPAddress address) =>
        address.IsIPv6Multicast || (address.GetAddressBytes() is [>= 224 and <= 239, _, _, _]);

    private static bool IsLoopbackOrAny(IPAddress address) =>
        IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
}
