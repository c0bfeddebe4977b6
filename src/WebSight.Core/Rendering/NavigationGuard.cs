using System.Text.Json;
using Microsoft.Playwright;

namespace WebSight.Core.Rendering;

/// <summary>
/// Keeps a page in the document it was given. A main-frame navigation that would fetch something is aborted
/// before it leaves (the document stays); one that fetches nothing (a reload, about:blank) cannot be held back,
/// but is seen when Chromium is asked for it. Either way the first one is remembered, so the renderer rejects the
/// page as a navigation instead of capturing whatever document it ended on, or blaming the browser. One guard
/// per browser context, so a late event of a closed context cannot mark a page of the next one.
/// </summary>
internal sealed class NavigationGuard
{
    private string? _target;
    private TaskCompletionSource _attempted = NewSignal();

    /// <summary>Where the current page tried to go first, or null while it stayed.</summary>
    public string? Target => Volatile.Read(ref _target);

    /// <summary>Starts watching a new page's attempts.</summary>
    public void Reset()
    {
        Volatile.Write(ref _target, null);
        Volatile.Write(ref _attempted, NewSignal());
    }

    /// <summary>Remembers an attempt unless an earlier one of the same page is remembered already.</summary>
    public void Record(string target)
    {
        Interlocked.CompareExchange(ref _target, target, null);
        Volatile.Read(ref _attempted).TrySetResult();
    }

    /// <summary>
    /// Waits for <paramref name="work"/> unless the page tries to leave first; false then. A load whose page
    /// started a navigation that was aborted never reports its load event, and would wait out the page timeout.
    /// </summary>
    public async Task<bool> OutlastsAsync(Task work)
    {
        if (await Task.WhenAny(work, Volatile.Read(ref _attempted).Task) == work)
        {
            await work;
            return true;
        }
        // The abandoned work fails when its context closes; nobody waits for it any more.
        _ = work.ContinueWith(
            static t => t.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
        return false;
    }

    /// <summary>
    /// True, after aborting it, when <paramref name="route"/> is the main frame of <paramref name="page"/> leaving
    /// its document. The page's own document is set in place, never fetched, so no main-frame navigation is wanted.
    /// Aborted (not blocked) so Chromium keeps the current document instead of committing an error page.
    /// </summary>
    public async Task<bool> BlockedAsync(IRoute route, IPage? page)
    {
        var request = route.Request;
        if (!request.IsNavigationRequest || page is null || request.Frame != page.MainFrame)
            return false;
        Record(request.Url);
        await route.AbortAsync("aborted");
        return true;
    }

    /// <summary>
    /// Listens on <paramref name="session"/> for the main frame asking to navigate in place (meta refresh, script,
    /// reload), which includes the navigations that fetch nothing and so never reach a route.
    /// </summary>
    public async Task WatchAsync(ICDPSession session)
    {
        await session.SendAsync("Page.enable");
        var tree = await session.SendAsync("Page.getFrameTree");
        var mainFrame = tree?.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        session.Event("Page.frameRequestedNavigation").OnEvent += (_, e) =>
        {
            if (e is not { } request || Text(request, "frameId") != mainFrame)
                return;
            if (Text(request, "disposition") is null or "currentTab")
                Record($"{Text(request, "url")} ({Text(request, "reason")})");
        };
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
