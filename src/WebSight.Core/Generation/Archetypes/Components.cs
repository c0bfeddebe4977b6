using System.Globalization;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// Small controls real Tailwind pages are full of — a search box, progress bars, tabs, breadcrumbs, joined
/// pagination, status badges — styled from the page's <see cref="StateTokens"/> so their states match across a page.
/// </summary>
internal static class Components
{
    /// <summary>Switch sizes: track, knob, and the shift that brings the knob to the far end inside a 2px inset.</summary>
    private static readonly (string Track, string Knob, string Shift)[] Switches =
    [
        ("h-5 w-9", "h-4 w-4", "translate-x-4"),
        ("h-6 w-11", "h-5 w-5", "translate-x-5"),
        ("h-7 w-12", "h-6 w-6", "translate-x-5"),
        ("h-8 w-14", "h-7 w-7", "translate-x-6"),
    ];

    /// <summary>
    /// A search field with its icon laid over the input, or a box holding both that rings while focused.
    /// <paramref name="reveal"/> ("hidden lg:") shows it from a breakpoint up only.
    /// </summary>
    public static void Search(Markup m, PageContext page, string placeholder, string width, string reveal = "")
    {
        var s = page.T.States;
        var radius = page.T.ButtonRadius;
        var icon = $"w-4 h-4 {page.C.Muted}";
        var attributes = $"type=\"search\" placeholder=\"{Markup.Escape(placeholder)}\"";
        if (s.IconInside)
        {
            m.Open("div", $"relative {reveal}{(reveal.Length > 0 ? "block " : "")}{width}");
            m.Open("div", "absolute inset-y-0 left-0 pl-3 flex items-center pointer-events-none")
                .Icon(Icons.Search, icon)
                .Close();
            m.Void("input", $"{s.SearchField} {radius}", attributes);
            m.Close();
            return;
        }
        m.Open("label", $"{reveal}{s.SearchBox} {radius} {width}");
        m.Icon(Icons.Search, icon + " flex-shrink-0");
        m.Void("input", s.SearchField, attributes);
        m.Close();
    }

    /// <summary>A bar filled to <paramref name="percent"/> on the page's track.</summary>
    public static void Bar(Markup m, PageContext page, int percent, string classes = "")
    {
        var s = page.T.States;
        m.Open("div", classes.Length > 0 ? $"{s.Track} {classes}" : s.Track);
        m.Raw($"<div class=\"h-full {s.Width(percent)} {s.Fill}\"></div>");
        m.Close();
    }

    /// <summary>Underlined tabs whose bar sits on the list's border; the first is current.</summary>
    public static void Tabs(Markup m, PageContext page, IReadOnlyList<string> labels, string classes)
    {
        var s = page.T.States;
        m.Open("div", $"border-b {page.C.Border} {classes}");
        m.Open("nav", $"flex -mb-px {page.S("space-x", 4, 8)} overflow-x-auto", "aria-label=\"Tabs\"");
        for (var i = 0; i < labels.Count; i++)
            m.Text(
                "a",
                $"whitespace-nowrap {page.S("py", 2, 4)} px-1 border-b-2 text-sm {(i == 0 ? s.TabActive : s.TabIdle + " font-medium")}",
                labels[i],
                i == 0 ? "href=\"#\" aria-current=\"page\"" : "href=\"#\""
            );
        m.Close().Close();
    }

    /// <summary>Where the page sits: linked ancestors with chevrons or slashes between, the last one current.</summary>
    public static void Breadcrumbs(Markup m, PageContext page, IReadOnlyList<string> trail, string classes)
    {
        var c = page.C;
        var chevrons = page.Chance(0.4);
        m.Open("nav", classes, "aria-label=\"Breadcrumb\"");
        m.Open("ol", $"flex flex-wrap items-center {page.S("space-x", 1, 3)} text-sm {c.Muted}");
        for (var i = 0; i < trail.Count; i++)
        {
            var last = i == trail.Count - 1;
            m.Open("li", last ? "min-w-0" : "flex items-center");
            if (last)
                m.Text("span", $"block truncate font-medium {c.Heading}", trail[i], "aria-current=\"page\"");
            else
                m.Text("a", page.T.LinkHover, trail[i], "href=\"#\"");
            if (!last && chevrons)
                m.Icon(Icons.Chevron, $"{page.S("ml", 1, 3)} w-4 h-4 flex-shrink-0 opacity-60");
            else if (!last)
                m.Text("span", $"{page.S("ml", 1, 3)} select-none opacity-60", "/", "aria-hidden=\"true\"");
            m.Close();
        }
        m.Close().Close();
    }

    /// <summary>Previous, numbered pages and next as one joined group of bordered buttons, the current one tinted.</summary>
    public static void Pagination(Markup m, PageContext page, string classes)
    {
        var c = page.C;
        var p = c.Primary;
        var current = page.Next(1, 3);
        var step = $"relative inline-flex items-center {page.S("px", 2, 4)} py-2 border {c.Border} text-sm";
        var idle = c.Dark ? "hover:bg-gray-700" : "hover:bg-gray-50";
        var on = c.Dark
            ? $"z-10 bg-{p}-900 border-{p}-500 text-{p}-200"
            : $"z-10 bg-{p}-50 border-{p}-500 text-{p}-700";
        m.Open(
            "nav",
            $"relative z-0 inline-flex -space-x-px {page.Pick(["shadow-sm", "", "rounded-md"])} {classes}".Trim(),
            "aria-label=\"Pagination\""
        );
        m.Text("a", $"{step} rounded-l-md {idle}", page.L("Previous"), "href=\"#\"");
        for (var i = 1; i <= 4; i++)
            m.Text(
                "a",
                i == current ? $"{step} {on}" : $"{step} {idle}{(i > 2 ? " hidden md:inline-flex" : "")}",
                i.ToString(CultureInfo.InvariantCulture),
                "href=\"#\""
            );
        m.Text("a", $"{step} rounded-r-md {idle}", page.L("Next"), "href=\"#\"");
        m.Close();
    }

    /// <summary>A status as a soft pill, a pill led by a dot, or a dot beside plain text — one style per page.</summary>
    public static void Status(Markup m, PageContext page, string colour, string label, int style)
    {
        var dark = page.C.Dark;
        var soft = dark ? $"bg-{colour}-900 text-{colour}-200" : $"bg-{colour}-100 text-{colour}-800";
        switch (style)
        {
            case 0:
                m.Text("span", $"{page.S("px", 1, 3)} py-0.5 rounded-full text-xs font-medium {soft}", label);
                return;
            case 1:
                m.Open(
                        "span",
                        $"inline-flex items-center gap-1.5 px-2.5 py-0.5 rounded-full text-xs font-medium {soft}"
                    )
                    .Raw($"<span class=\"w-1.5 h-1.5 rounded-full bg-{colour}-{(dark ? "400" : "500")}\"></span>")
                    .Raw(Markup.Escape(label))
                    .Close();
                return;
            default:
                m.Open("span", $"inline-flex items-center gap-2 text-xs font-medium {page.C.Text}")
                    .Raw(
                        $"<span class=\"w-2 h-2 rounded-full bg-{colour}-{(dark ? "400" : "500")} ring-4 ring-{colour}-{(dark ? "900" : "100")}\"></span>"
                    )
                    .Raw(Markup.Escape(label))
                    .Close();
                return;
        }
    }

    /// <summary>An on/off switch: a pill that takes the primary colour when on, its knob slid across by a translate.</summary>
    public static void Switch(Markup m, PageContext page, bool on)
    {
        var c = page.C;
        var (track, knob, shift) = Switches[page.T.States.SwitchSize];
        m.Open(
            "button",
            $"relative inline-flex flex-shrink-0 {track} p-0.5 rounded-full cursor-pointer transition-colors{page.T.States.Motion} {(on ? c.PrimaryBg.Split(' ')[0] : c.Dark ? "bg-gray-600" : "bg-gray-200")}",
            $"type=\"button\" role=\"switch\" aria-checked=\"{(on ? "true" : "false")}\""
        );
        m.Raw(
            $"<span class=\"{knob} rounded-full bg-white shadow transform transition {(on ? shift : "translate-x-0")}\"></span>"
        );
        m.Close();
    }
}
