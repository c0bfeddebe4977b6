using System.Text.Json;
using Microsoft.Playwright;

namespace WebSight.Core.Rendering;

/// <summary>
/// Measurements only the browser can make, taken after the page has loaded by one function evaluated through
/// Playwright. Playwright evaluates in the page even when the page's own JavaScript is disabled.
/// </summary>
internal static class PageProbe
{
    /// <summary>
    /// Returns the viewport and document widths, the images and how many of them failed to load, and how many
    /// elements have text that spills out of their box (scrollWidth beyond clientWidth, not a scroll container and
    /// not an intended ellipsis, not visually hidden like Tailwind's sr-only). Only elements holding text themselves count, so one spill is not counted once per ancestor.
    /// Also the device pixel ratio the page laid out at, which the renderer checks before it captures, and whether
    /// the document holds a meta refresh (one that has not fired yet would navigate it later).
    /// </summary>
    public const string Script = """
        () => {
          const root = document.documentElement;
          const body = document.body;
          const viewportWidth = window.innerWidth || (root ? root.clientWidth : 0);
          const scrollWidth = Math.max(root ? root.scrollWidth : 0, body ? body.scrollWidth : 0);
          const scrollHeight = Math.max(root ? root.scrollHeight : 0, body ? body.scrollHeight : 0);
          let images = 0, brokenImages = 0;
          for (const img of Array.from(document.images)) {
            images++;
            if (!img.complete || img.naturalWidth === 0) brokenImages++;
          }
          const holdsText = (el) => {
            for (const node of el.childNodes) {
              if (node.nodeType === 3 && node.nodeValue.trim().length > 0) return true;
              if (node.nodeType === 1 && getComputedStyle(node).display.startsWith('inline') && node.textContent.trim().length > 0) return true;
            }
            return false;
          };
          let overflowingText = 0;
          const examples = [];
          const elements = body ? body.getElementsByTagName('*') : [];
          const limit = Math.min(elements.length, 20000);
          for (let i = 0; i < limit; i++) {
            const el = elements[i];
            if (el.clientWidth <= 1 || el.clientHeight <= 1 || el.scrollWidth <= el.clientWidth + 1) continue;
            const style = getComputedStyle(el);
            if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.textOverflow === 'ellipsis') continue;
            if (style.clip !== 'auto' || style.visibility === 'hidden') continue;
            if (!holdsText(el)) continue;
            overflowingText++;
            if (examples.length < 3) examples.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : '') + ' ' + el.scrollWidth + '>' + el.clientWidth + ' "' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60) + '"');
          }
          const devicePixelRatio = window.devicePixelRatio;
          const refreshScheduled = document.querySelector('meta[http-equiv="refresh" i]') !== null;
          return { viewportWidth, scrollWidth, scrollHeight, images, brokenImages, overflowingText, examples, devicePixelRatio, refreshScheduled };
        }
        """;

    public static async Task<PageProbeResult> MeasureAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>(Script);
        return new PageProbeResult(
            result.GetProperty("viewportWidth").GetInt32(),
            result.GetProperty("scrollWidth").GetInt32(),
            result.GetProperty("scrollHeight").GetInt32(),
            result.GetProperty("images").GetInt32(),
            result.GetProperty("brokenImages").GetInt32(),
            result.GetProperty("overflowingText").GetInt32(),
            result.GetProperty("examples").EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            result.GetProperty("devicePixelRatio").GetDouble(),
            result.GetProperty("refreshScheduled").GetBoolean()
        );
    }
}
