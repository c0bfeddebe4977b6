using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

/// <summary>
/// Takes the laid-out DOM of the loaded page in one DevTools call (<c>DOMSnapshot.captureSnapshot</c>), which runs no
/// page JavaScript and works with JavaScript off: element boxes and a few computed styles, and the text nodes' boxes.
/// </summary>
internal static class LayoutSnapshot
{
    /// <summary>The computed styles asked for, in the order the snapshot returns them per layout node.</summary>
    private static readonly string[] Styles =
    [
        "color",
        "background-color",
        "font-size",
        "font-weight",
        "visibility",
        "opacity",
    ];

    private const int ElementNode = 1;
    private const int TextNode = 3;

    /// <summary>The layout, or a refusal when the snapshot fails while the browser lives (the page's fault).</summary>
    public static async Task<StepResult<PageLayout>> CaptureOrRefuseAsync(ICDPSession session, IBrowser browser)
    {
        try
        {
            return StepResult<PageLayout>.Pass(await CaptureAsync(session));
        }
        catch (Exception e)
            when (e is PlaywrightException or KeyNotFoundException or InvalidOperationException && browser.IsConnected)
        {
            return StepResult<PageLayout>.Refuse(
                RejectReason.LayoutFailed,
                "the layout snapshot failed: " + e.Message.Split('\n')[0]
            );
        }
    }

    public static async Task<PageLayout> CaptureAsync(ICDPSession session)
    {
        var reply = await session.SendAsync(
            "DOMSnapshot.captureSnapshot",
            new Dictionary<string, object> { ["computedStyles"] = Styles }
        );
        if (reply is not { } root)
            throw new PlaywrightException("Chromium returned no DOM snapshot.");
        return Read(root);
    }

    /// <summary>The main document of a snapshot reply, as elements and text blocks.</summary>
    public static PageLayout Read(JsonElement reply)
    {
        var strings = reply.GetProperty("strings").EnumerateArray().Select(s => s.GetString() ?? "").ToArray();
        var document = reply.GetProperty("documents")[0];
        var nodes = document.GetProperty("nodes");
        var parents = Ints(nodes.GetProperty("parentIndex"));
        var types = Ints(nodes.GetProperty("nodeType"));
        var names = Ints(nodes.GetProperty("nodeName"));
        var layout = document.GetProperty("layout");
        var layoutNodes = Ints(layout.GetProperty("nodeIndex"));
        var bounds = layout.GetProperty("bounds").EnumerateArray().Select(Floats).ToArray();
        var styles = layout.GetProperty("styles").EnumerateArray().Select(Ints).ToArray();
        var texts = Ints(layout.GetProperty("text"));

        // The first layout node of each DOM node carries its box; later ones are continuations.
        var layoutOf = new Dictionary<int, int>();
        for (var i = 0; i < layoutNodes.Length; i++)
            layoutOf.TryAdd(layoutNodes[i], i);

        var elements = new List<ElementBox>();
        var elementOf = new Dictionary<int, int>();
        var textBlocks = new List<TextBlock>();
        for (var node = 0; node < types.Length; node++)
        {
            if (!layoutOf.TryGetValue(node, out var at))
                continue;
            var box = bounds[at];
            if (types[node] == ElementNode)
            {
                elementOf[node] = elements.Count;
                elements.Add(Element(strings, names[node], NearestElement(node, parents, elementOf), box, styles[at]));
            }
            else if (types[node] == TextNode && texts[at] >= 0 && strings[texts[at]].Trim() is { Length: > 0 } text)
            {
                var holder = NearestElement(node, parents, elementOf);
                textBlocks.Add(
                    new TextBlock(
                        text,
                        holder,
                        box[0],
                        box[1],
                        box[2],
                        box[3],
                        holder >= 0 ? elements[holder].Color : ""
                    )
                );
            }
        }
        return new PageLayout(elements, textBlocks);
    }

    private static ElementBox Element(string[] strings, int name, int parent, float[] box, int[] style)
    {
        string Style(int i) => i < style.Length && style[i] >= 0 ? strings[style[i]] : "";
        var opacity = float.TryParse(Style(5), NumberStyles.Float, CultureInfo.InvariantCulture, out var o) ? o : 1;
        return new ElementBox(
            strings[name].ToLowerInvariant(),
            parent,
            box[0],
            box[1],
            box[2],
            box[3],
            Style(4) != "hidden" && opacity > 0 && box[2] > 0 && box[3] > 0,
            Style(0),
            Style(1),
            float.TryParse(
                Style(2).Replace("px", "", StringComparison.Ordinal),
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var size
            )
                ? size
                : 0,
            int.TryParse(Style(3), NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) ? weight : 400
        );
    }

    /// <summary>The closest ancestor element already listed (parents precede children in the snapshot).</summary>
    private static int NearestElement(int node, int[] parents, Dictionary<int, int> elementOf)
    {
        for (var current = parents[node]; current >= 0; current = parents[current])
        {
            if (elementOf.TryGetValue(current, out var index))
                return index;
        }
        return -1;
    }

    private static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static float[] Floats(JsonElement array) =>
        array.EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();
}
