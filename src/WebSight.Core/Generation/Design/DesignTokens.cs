namespace WebSight.Core.Generation.Design;

/// <summary>
/// Everything about a page's look that is not its structure, drawn once per page: colours, type scale, font,
/// density, radius, shadow, borders, container width, alignment and the breakpoint layouts switch at.
/// Archetypes read these instead of hard-coding classes, so the same layout comes out in many designs.
/// </summary>
internal sealed record DesignTokens(
    ColourScheme Colour,
    string Font,
    string HeadingWeight,
    string Tracking,
    string Display,
    string Title,
    string Subtitle,
    string Body,
    string SectionY,
    string Gap,
    string Pad,
    string Radius,
    string ButtonRadius,
    string Shadow,
    string CardEdge,
    string Container,
    bool Centred,
    string Bp,
    string Wide,
    string Leading,
    string AccentText,
    string AccentSoft,
    string CardHover,
    CardAnatomy Anatomy,
    string CardTitle,
    string ButtonSize,
    string LinkHover,
    string TitleHover,
    string Ring,
    string Divide,
    string FocusRing,
    string Wash,
    string HeadingInk,
    string DisplayLeading,
    StateTokens States
)
{
    public static DesignTokens Draw(Random rng)
    {
        string Pick(params string[] options) => options[rng.Next(options.Length)];
        var colour = ColourScheme.Draw(rng);
        var bp = Pick("sm:", "md:", "md:", "lg:");
        var scale = rng.Next(6);
        var radius = Pick(
            "rounded-none",
            "rounded-sm",
            "rounded",
            "rounded-md",
            "rounded-lg",
            "rounded-xl",
            "rounded-2xl",
            "rounded-3xl"
        );
        return new DesignTokens(
            colour,
            Font: Pick("font-sans", "font-sans", "font-serif", "font-mono"),
            HeadingWeight: Pick("font-medium", "font-semibold", "font-bold", "font-extrabold", "font-black"),
            Tracking: Pick("tracking-tight", "tracking-tighter", "tracking-normal", "tracking-wide"),
            Display: scale switch
            {
                0 => $"text-3xl {bp}text-4xl",
                1 => $"text-4xl {bp}text-5xl",
                2 => $"text-3xl sm:text-4xl {bp}text-5xl xl:text-6xl",
                3 => $"text-4xl {bp}text-5xl lg:text-6xl xl:text-7xl",
                4 => $"text-4xl sm:text-5xl {bp}text-6xl xl:text-7xl",
                _ => $"text-4xl {bp}text-5xl xl:text-6xl",
            },
            Title: Pick(
                "text-2xl",
                "text-3xl",
                $"text-2xl {bp}text-3xl",
                $"text-3xl {bp}text-4xl",
                $"text-xl sm:text-2xl {bp}text-3xl",
                $"text-2xl {bp}text-3xl xl:text-4xl",
                $"text-2xl {bp}text-4xl",
                $"text-3xl lg:text-5xl"
            ),
            Subtitle: Pick(
                "text-lg",
                "text-xl",
                "text-base",
                $"text-base {bp}text-lg",
                $"text-lg {bp}text-xl",
                "text-lg lg:text-2xl",
                $"text-base {bp}text-xl"
            ),
            Body: Pick("text-sm", "text-base", "text-base", $"text-sm {bp}text-base", "text-base xl:text-lg"),
            SectionY: rng.Next(3) == 0
                ? Pick("py-8", "py-10", "py-12", "py-14", "py-16")
                : SpacingRamps.Ramp(rng, "py", SpacingRamps.SectionSteps, rng.Next(0, 4)),
            Gap: SpacingRamps.Gaps(rng, bp),
            Pad: rng.Next(2) == 0 ? Pick("p-4", "p-5", "p-6", "p-8")
                : rng.Next(2) == 0 ? SpacingRamps.Ramp(rng, "p", SpacingRamps.PadSteps, rng.Next(0, 3))
                : $"{SpacingRamps.Ramp(rng, "px", SpacingRamps.PadSteps, rng.Next(1, 4))} {SpacingRamps.Ramp(rng, "py", SpacingRamps.PadSteps, rng.Next(0, 3))}",
            Radius: radius,
            ButtonRadius: Pick(radius, radius, "rounded-full", "rounded-none"),
            Shadow: Pick("shadow-none", "shadow-sm", "shadow", "shadow-md", "shadow-lg", "shadow-xl", "shadow-2xl"),
            CardEdge: colour.Name == "contrast"
                ? "border " + colour.Border
                : Pick(
                    "",
                    "border " + colour.Border,
                    "border " + colour.Border,
                    "border-2 " + colour.Border,
                    "border border-dashed " + colour.Border,
                    $"border-t-4 border-{colour.Primary}-{rng.Next(3, 8) * 100}",
                    $"border-l-4 border-{Pick(colour.Primary, colour.Accent)}-{rng.Next(3, 8) * 100}",
                    $"border-b-4 border-{colour.Primary}-{rng.Next(3, 8) * 100}",
                    $"border-t-8 border-{colour.Primary}-{rng.Next(4, 7) * 100}"
                ),
            Container: Pick(
                "container mx-auto px-4",
                "container mx-auto px-6",
                "max-w-5xl mx-auto px-4 sm:px-6",
                "max-w-6xl mx-auto px-6",
                "max-w-7xl mx-auto px-4 sm:px-6 lg:px-8",
                "w-11/12 xl:w-4/5 mx-auto",
                "w-full px-6 lg:w-5/6 mx-auto",
                "max-w-screen-lg mx-auto px-4",
                "max-w-screen-xl mx-auto px-4 md:px-8",
                "container mx-auto px-4 2xl:px-0",
                "max-w-4xl mx-auto px-5",
                "w-full max-w-6xl mx-auto px-4 xl:px-0",
                "w-11/12 md:w-10/12 lg:w-3/4 mx-auto"
            ),
            Centred: rng.Next(2) == 0,
            Bp: bp,
            Wide: Pick("lg:", "xl:"),
            Leading: Pick(
                "leading-normal",
                "leading-relaxed",
                "leading-loose",
                "leading-snug",
                "leading-7",
                "leading-8"
            ),
            AccentText: $"text-{colour.Accent}-{(colour.Dark ? Pick("200", "300", "400") : Pick("500", "600", "700", "800"))}",
            AccentSoft: colour.Dark
                ? $"bg-{colour.Accent}-900 text-{colour.Accent}-{Pick("100", "200")}"
                : $"bg-{colour.Accent}-{Pick("50", "100", "200")} text-{colour.Accent}-{Pick("700", "800", "900")}",
            CardHover: Pick(
                "",
                "",
                $"hover:shadow-{Pick("md", "lg", "xl", "2xl")} transition",
                $"transition duration-{Pick("150", "200", "300")} transform hover:-translate-y-{Pick("0.5", "1", "2")}",
                $"transition duration-300 hover:border-{colour.Primary}-{rng.Next(2, 8) * 100}",
                $"transform transition hover:scale-{Pick("105", "110")}",
                $"transition hover:bg-{(colour.Dark ? "gray-700" : colour.Primary + "-" + Pick("50", "100"))}"
            ),
            Anatomy: CardAnatomy.Draw(rng),
            CardTitle: Pick(
                "text-base",
                "text-lg",
                "text-lg",
                "text-xl",
                $"text-lg {bp}text-xl",
                $"text-base {bp}text-lg"
            ),
            ButtonSize: Pick("px-4 py-2", "px-5 py-2.5", "px-6 py-3", "px-5 py-2", $"px-4 py-2 {bp}px-6 {bp}py-3"),
            LinkHover: Pick(
                "hover:underline",
                $"hover:text-{colour.Primary}-{(colour.Dark ? rng.Next(1, 4) : rng.Next(6, 10)) * 100}",
                $"hover:text-{colour.Accent}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(5, 9)) * 100}",
                colour.Dark ? "hover:text-white" : $"hover:text-gray-{rng.Next(7, 10) * 100}",
                $"hover:underline hover:text-{colour.Primary}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(5, 10)) * 100}"
            ),
            TitleHover: Pick(
                "",
                " group-hover:underline",
                $" group-hover:text-{colour.Primary}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(5, 9)) * 100}",
                $" group-hover:text-{colour.Accent}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(5, 9)) * 100}"
            ),
            Divide: colour.Name switch
            {
                "contrast" => colour.Dark ? "divide-white" : "divide-black",
                _ when colour.Dark => $"divide-gray-{rng.Next(6, 9) * 100}",
                "tinted" => $"divide-{colour.Primary}-{rng.Next(1, 4) * 100}",
                _ => Pick(
                    "divide-gray-100",
                    "divide-gray-200",
                    "divide-gray-300",
                    $"divide-{colour.Primary}-{Pick("100", "200")}",
                    $"divide-{colour.Accent}-{Pick("100", "200")}"
                ),
            },
            FocusRing: Pick(
                "",
                "",
                $" focus:outline-none focus:ring-2 focus:ring-offset-2 focus:ring-{colour.Primary}-{rng.Next(3, 7) * 100}"
                    + (colour.Dark ? " focus:ring-offset-gray-900" : ""),
                $" focus:outline-none focus:ring-4 focus:ring-{colour.Primary}-{(colour.Dark ? rng.Next(6, 10) : rng.Next(1, 4)) * 100}"
            ),
            Wash: colour.Name switch
            {
                "contrast" => colour.Page,
                _ when colour.Dark =>
                    $"bg-gradient-to-{Pick("b", "br", "tr")} from-{Pick("gray-900", "black")} to-{colour.Primary}-{rng.Next(8, 10) * 100}",
                _ => Pick(
                    colour.Page,
                    $"bg-gradient-to-{Pick("r", "br", "b", "tr", "bl")} from-{colour.Primary}-{Pick("50", "100")} to-{colour.Accent}-{Pick("50", "100", "200")}",
                    $"bg-gradient-to-b from-white to-{colour.Primary}-{Pick("50", "100", "200")}",
                    $"bg-gradient-to-{Pick("r", "br")} from-{colour.Primary}-50 via-white to-{colour.Accent}-{Pick("50", "100")}",
                    $"bg-{colour.Accent}-50"
                ),
            },
            HeadingInk: colour.Name == "contrast" || rng.Next(4) != 0
                ? colour.Heading
                : $"bg-clip-text text-transparent bg-gradient-to-r from-{colour.Primary}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(5, 9)) * 100} to-{colour.Accent}-{(colour.Dark ? rng.Next(2, 5) : rng.Next(4, 8)) * 100}",
            DisplayLeading: Pick("", "", "leading-tight ", "leading-none ", "leading-snug "),
            Ring: Pick(
                "",
                "ring-2 ring-white",
                $"ring-2 ring-{colour.Primary}-{rng.Next(1, 6) * 100}",
                $"ring-4 ring-{colour.Accent}-{rng.Next(1, 4) * 100}",
                $"ring-2 ring-offset-2 ring-{colour.Primary}-{rng.Next(3, 7) * 100}",
                $"ring-2 ring-offset-{Pick("2", "4")} ring-offset-{(colour.Dark ? Pick("gray-900", "black") : Pick("white", colour.Primary + "-50"))} ring-{colour.Accent}-{rng.Next(3, 7) * 100}"
            ),
            States: StateTokens.Draw(rng, colour)
        );
    }

    public string BodyClass => $"{Font} {Colour.Page} {Colour.Text} antialiased";

    /// <summary>A card's box: surface, edge, radius, shadow and padding.</summary>
    public string Card =>
        $"{Colour.Card} {(CardEdge.Length == 0 ? "" : CardEdge + " ")}{Radius} {Shadow} {Pad}{(CardHover.Length == 0 ? "" : " " + CardHover + States.Motion)}";

    public string H1 => $"{Display} {HeadingWeight} {Tracking} {DisplayLeading}{HeadingInk}";

    public string H2 => $"{Title} {HeadingWeight} {Tracking} {Colour.Heading}";

    public string H3 => $"{CardTitle} {HeadingWeight} {Colour.Heading}";

    public string Para => $"{Body} {Leading} {Colour.Text}";

    public string Small => $"text-sm {Colour.Muted}";

    public string Align => Centred ? "text-center mx-auto" : "";

    public string Button =>
        $"inline-block {ButtonSize} {ButtonRadius} {Colour.ButtonFill} font-semibold text-sm{FocusRing}";

    public string GhostButton =>
        $"inline-block {ButtonSize} {ButtonRadius} border {Colour.Border} {Colour.Heading} font-semibold text-sm";

    public string Link => $"{Colour.PrimaryText} font-medium {LinkHover}";

    public string Input => $"w-full px-3 py-2 {Radius} {Colour.Input} text-sm";

    public string Label => $"block text-sm font-medium {Colour.Heading} mb-1";

    public string Badge =>
        $"inline-block px-2.5 py-0.5 text-xs font-semibold rounded-full {(Anatomy.AccentBadges ? AccentSoft : Colour.Soft)}";

    /// <summary>A responsive grid of <paramref name="columns"/> at the page's breakpoint, two below it.</summary>
    public string Grid(int columns) =>
        columns switch
        {
            <= 2 => $"grid grid-cols-1 {Bp}grid-cols-{columns} {Gap}",
            3 => $"grid grid-cols-1 sm:grid-cols-2 {Wide}grid-cols-3 {Gap}",
            _ => $"grid grid-cols-1 sm:grid-cols-2 md:grid-cols-3 {Wide}grid-cols-{columns} {Gap}",
        };
}
