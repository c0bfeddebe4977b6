namespace WebSight.Core.Generation;

/// <summary>The look of one page: colours, type and spacing, as ready-made Tailwind 2.2.19 class strings.</summary>
internal sealed record PageTheme(
    string Primary,
    string Accent,
    bool Dark,
    string Font,
    string Bg,
    string Surface,
    string Card,
    string Text,
    string Heading,
    string Muted,
    string Border,
    string Rounded,
    string Shadow,
    string SectionY,
    string Container,
    string HeadingWeight
)
{
    /// <summary>The colours of the Tailwind 2.2.19 CDN build besides gray.</summary>
    public static readonly string[] Colours = ["red", "yellow", "green", "blue", "indigo", "purple", "pink"];

    private static readonly string[] Fonts = ["font-sans", "font-sans", "font-sans", "font-serif", "font-mono"];
    private static readonly string[] Roundings =
    [
        "rounded-none",
        "rounded",
        "rounded-md",
        "rounded-lg",
        "rounded-xl",
        "rounded-2xl",
    ];
    private static readonly string[] Shadows =
    [
        "shadow-none",
        "shadow-sm",
        "shadow",
        "shadow-md",
        "shadow-lg",
        "shadow-xl",
    ];
    private static readonly string[] SectionPaddings = ["py-10", "py-12", "py-16", "py-20", "py-24"];
    private static readonly string[] Containers = ["max-w-5xl", "max-w-6xl", "max-w-7xl"];
    private static readonly string[] HeadingWeights = ["font-semibold", "font-bold", "font-extrabold", "font-black"];

    public static PageTheme Random(Random rng)
    {
        var primary = Colours[rng.Next(Colours.Length)];
        string accent;
        do accent = Colours[rng.Next(Colours.Length)];
        while (accent == primary);
        var dark = rng.NextDouble() < 0.2;
        return new PageTheme(
            primary,
            accent,
            dark,
            Fonts[rng.Next(Fonts.Length)],
            Bg: dark ? "bg-gray-900" : "bg-white",
            Surface: dark ? "bg-gray-800"
                : rng.Next(2) == 0 ? "bg-gray-50"
                : "bg-gray-100",
            Card: dark ? "bg-gray-800" : "bg-white",
            Text: dark ? "text-gray-200" : "text-gray-700",
            Heading: dark ? "text-white" : "text-gray-900",
            Muted: dark ? "text-gray-400" : "text-gray-500",
            Border: dark ? "border-gray-700" : "border-gray-200",
            Rounded: Roundings[rng.Next(Roundings.Length)],
            Shadow: Shadows[rng.Next(Shadows.Length)],
            SectionY: SectionPaddings[rng.Next(SectionPaddings.Length)],
            Container: Containers[rng.Next(Containers.Length)],
            HeadingWeight: HeadingWeights[rng.Next(HeadingWeights.Length)]
        );
    }

    public string BodyClass => $"{Font} {Bg} {Text} antialiased";

    public string FontName =>
        Font switch
        {
            "font-serif" => "serif",
            "font-mono" => "monospace",
            _ => "sans-serif",
        };
}
