using System.Globalization;

namespace WebSight.Core.Generation.Design;

/// <summary>
/// How a page's parts react and move, and the small component idioms hand-written Tailwind pages reach for: a search
/// box that lights up while focused, a card whose border or picture answers the pointer, the easing of transitions,
/// progress bars, tabs and the numerals of figures. Drawn once per page, so its controls behave alike.
/// </summary>
internal sealed record StateTokens(
    string SearchBox,
    string SearchField,
    bool IconInside,
    string CardGlow,
    string Picture,
    string Motion,
    string Numerals,
    string Track,
    string Fill,
    string TabActive,
    string TabIdle,
    string Reveal,
    int Denominator,
    int SwitchSize
)
{
    /// <summary>The denominators authors write bar widths in; twelfths and fifths most often.</summary>
    private static readonly int[] Notations = [12, 6, 5, 4, 12, 5];

    public static StateTokens Draw(Random rng, ColourScheme colour)
    {
        string Pick(params string[] options) => options[rng.Next(options.Length)];
        string Shade(int low, int high) => (rng.Next(low, high + 1) * 100).ToString(CultureInfo.InvariantCulture);
        var p = colour.Primary;
        var a = colour.Accent;
        var dark = colour.Dark;
        var contrast = colour.Name == "contrast";
        var iconInside = rng.Next(2) == 0;
        var lit = dark ? Shade(3, 5) : Shade(4, 7);
        return new StateTokens(
            // Either the field carries the focus ring (icon laid over it), or a box around icon and field does, through focus-within.
            SearchBox: iconInside ? "relative"
                : contrast ? $"flex items-center gap-2 px-3 {colour.Input}"
                : $"flex items-center gap-2 px-3 border {colour.Border} {(dark ? "bg-gray-800" : "bg-white")} "
                    + Pick(
                        $"focus-within:border-{p}-{lit} focus-within:ring-1 focus-within:ring-{p}-{lit}",
                        $"focus-within:ring-2 focus-within:ring-{p}-{lit} focus-within:border-transparent",
                        $"focus-within:border-{p}-{lit} focus-within:text-{p}-{lit}",
                        $"focus-within:ring-2 focus-within:ring-offset-2 focus-within:ring-{a}-{lit}"
                            + (dark ? " focus-within:ring-offset-gray-900" : "")
                    ),
            SearchField: iconInside
                ? $"block w-full pl-10 pr-3 py-2 text-sm {colour.Input} focus:outline-none"
                : $"w-full py-2 text-sm bg-transparent {(dark || contrast ? "text-white placeholder-gray-400" : "placeholder-gray-500")} focus:outline-none",
            IconInside: iconInside,
            CardGlow: contrast
                ? ""
                : Pick(
                    "",
                    "",
                    "",
                    "",
                    $"group-hover:border-{p}-{lit}",
                    $"group-hover:shadow-{Pick("md", "lg", "xl")}",
                    $"group-hover:border-{a}-{lit} group-hover:shadow-lg",
                    dark ? "group-hover:bg-gray-700" : $"group-hover:bg-{p}-50"
                ),
            Picture: Pick(
                "",
                "",
                "group-hover:opacity-75",
                "group-hover:opacity-90 transition-opacity",
                $"transform transition duration-{Pick("300", "500", "700")} hover:scale-105",
                "opacity-95 hover:opacity-100"
            ),
            Motion: Pick(
                "",
                "",
                " ease-in-out",
                " ease-out",
                " ease-in",
                " ease-linear",
                $" delay-{Pick("75", "100", "150")}",
                $" duration-{Pick("75", "100", "500")}"
            ),
            Numerals: Pick("", "", "tabular-nums", "oldstyle-nums", "lining-nums", "slashed-zero", "proportional-nums"),
            Track: $"{Pick("h-1", "h-1.5", "h-2", "h-2.5", "h-3")} {Pick("rounded-full", "rounded", "rounded-sm")} overflow-hidden "
                + (
                    contrast ? "bg-gray-300"
                    : dark ? Pick("bg-gray-700", "bg-gray-600")
                    : Pick("bg-gray-100", "bg-gray-200", $"bg-{p}-100")
                ),
            Fill: contrast
                ? (dark ? $"bg-{p}-300" : "bg-black")
                : Pick(
                    $"bg-{p}-{(dark ? Shade(3, 5) : Shade(4, 7))}",
                    $"bg-{a}-{(dark ? Shade(3, 5) : Shade(4, 6))}",
                    $"bg-gradient-to-r from-{p}-{Shade(3, 5)} to-{a}-{Shade(4, 6)}"
                ),
            TabActive: contrast
                ? "border-current font-bold"
                : $"border-{p}-{lit} text-{p}-{(dark ? Shade(2, 4) : Shade(6, 8))} font-semibold",
            TabIdle: "border-transparent "
                + (
                    dark
                        ? "text-gray-400 hover:text-gray-200 hover:border-gray-500"
                        : Pick(
                            "text-gray-500 hover:text-gray-700 hover:border-gray-300",
                            "text-gray-500 hover:text-gray-900 hover:border-gray-200",
                            $"text-gray-600 hover:text-{p}-{lit} hover:border-{p}-200"
                        )
                ),
            // A trailing arrow that appears only with the pointer over its card.
            Reveal: Pick(
                "",
                "opacity-0 group-hover:opacity-100 transition-opacity",
                "opacity-50 group-hover:opacity-100"
            ),
            Denominator: Notations[rng.Next(Notations.Length)],
            SwitchSize: rng.Next(4)
        );
    }

    /// <summary>
    /// The width class of a bar filled to <paramref name="percent"/>: the nearest fraction in the page's notation
    /// (fifths, sixths, twelfths ...), never empty and never full, since Tailwind 2.2.19 has no arbitrary widths.
    /// </summary>
    public string Width(int percent)
    {
        var denominator = Denominator;
        var parts = Parts(percent, denominator);
        // A coarse notation that would misstate the figure by more than a few points falls back to twelfths.
        if (Math.Abs(parts * 100.0 / denominator - percent) > 5)
            parts = Parts(percent, denominator = 12);
        return string.Create(CultureInfo.InvariantCulture, $"w-{parts}/{denominator}");
    }

    private static int Parts(int percent, int denominator) =>
        Math.Clamp((int)Math.Round(percent / 100.0 * denominator), 1, denominator - 1);
}
