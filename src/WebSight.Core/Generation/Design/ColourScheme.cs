namespace WebSight.Core.Generation.Design;

/// <summary>
/// The colours of one page as Tailwind 2.2.19 classes: page, surfaces, text, borders and the primary colour,
/// for one of five schemes. Shades are drawn too, so two light pages rarely share every class.
/// </summary>
internal sealed record ColourScheme(
    string Name,
    string Primary,
    string Accent,
    bool Dark,
    string Page,
    string Surface,
    string Card,
    string Heading,
    string Text,
    string Muted,
    string Border,
    string Band,
    string BandText,
    string BandMuted,
    string PrimaryText,
    string PrimaryBg,
    string PrimaryHover,
    string Soft,
    string Input,
    string ButtonFill
)
{
    /// <summary>The colour families of the Tailwind 2.2.19 CDN build besides gray.</summary>
    public static readonly string[] Colours = ["red", "yellow", "green", "blue", "indigo", "purple", "pink"];

    public static readonly string[] Names = ["light", "dark", "tinted", "gradient", "contrast"];

    /// <summary>
    /// The text colours for content painted on the band, so it reads on the band's background; buttons there are
    /// solid, as a soft or outlined one in the band's own colour would vanish into it.
    /// </summary>
    public ColourScheme OnBand() =>
        this with
        {
            Heading = BandText,
            Text = BandText,
            Muted = BandMuted,
            ButtonFill = $"{PrimaryBg} {PrimaryHover}",
        };

    /// <summary>
    /// A primary button's colours: solid (most pages), a gradient that deepens on hover, a soft tint, or an outline
    /// that fills on hover — the four fills hand-written Tailwind pages use.
    /// </summary>
    private static string Fill(Random rng, string p, string a, int shade, bool dark)
    {
        var light = dark ? rng.Next(3, 5) * 100 : shade;
        return rng.Next(6) switch
        {
            // White text needs the deeper half of the scale under it, on dark pages too.
            0 when Math.Max(shade, 500) is var deep =>
                $"bg-gradient-to-{(rng.Next(2) == 0 ? "r" : "br")} from-{p}-{deep} to-{a}-{deep} hover:from-{p}-{deep + 100} hover:to-{a}-{deep + 100} text-white",
            1 when dark =>
                $"border-2 border-{p}-{light} text-{p}-{light - 100} hover:bg-{p}-{light} hover:text-gray-900",
            1 => $"border-2 border-{p}-{light} text-{p}-{light} hover:bg-{p}-{light} hover:text-white",
            2 when !dark =>
                $"bg-{p}-{(rng.Next(2) == 0 ? "50" : "100")} text-{p}-{rng.Next(7, 10) * 100} hover:bg-{p}-{rng.Next(1, 3) * 100}",
            _ => "",
        };
    }

    private static readonly string[] Directions = ["to-r", "to-br", "to-b", "to-tr", "to-bl", "to-l"];

    public static ColourScheme Draw(Random rng)
    {
        var primary = Colours[rng.Next(Colours.Length)];
        string accent;
        do accent = Colours[rng.Next(Colours.Length)];
        while (accent == primary);
        var name = Names[rng.Next(Names.Length)];
        var shade = rng.Next(5, 9) * 100;
        string Pick(params string[] options) => options[rng.Next(options.Length)];
        return name switch
        {
            "dark" => DarkScheme(rng, primary, accent, Pick),
            "contrast" => ContrastScheme(primary, accent, rng.Next(2) == 0),
            _ => LightScheme(rng, name, primary, accent, shade, Pick),
        };
    }

    private static ColourScheme LightScheme(
        Random rng,
        string name,
        string p,
        string a,
        int shade,
        Func<string[], string> pick
    )
    {
        var tinted = name == "tinted";
        var band = name switch
        {
            "gradient" => $"bg-gradient-{Directions[rng.Next(Directions.Length)]} from-{p}-{rng.Next(4, 10) * 100} "
                + (rng.Next(3) == 0 ? $"via-{pick([p, a])}-{rng.Next(3, 8) * 100} " : "")
                + $"to-{a}-{rng.Next(3, 10) * 100}",
            _ =>
                $"bg-{p}-{pick([shade.ToString(System.Globalization.CultureInfo.InvariantCulture), "600", "700", "800", "900"])}",
        };
        return new ColourScheme(
            name,
            p,
            a,
            false,
            Page: tinted ? $"bg-{p}-50" : "bg-white",
            Surface: tinted ? pick([$"bg-{p}-100", "bg-white"]) : pick(["bg-gray-50", "bg-gray-100", $"bg-{p}-50"]),
            Card: "bg-white",
            Heading: tinted
                ? $"text-{p}-{pick(["800", "900"])}"
                : pick(["text-gray-900", "text-gray-800", "text-black"]),
            Text: pick(["text-gray-600", "text-gray-700", "text-gray-800"]),
            Muted: pick(["text-gray-400", "text-gray-500", "text-gray-600"]),
            Border: tinted
                ? $"border-{p}-{pick(["100", "200"])}"
                : pick(["border-gray-100", "border-gray-200", "border-gray-300"]),
            Band: band,
            BandText: "text-white",
            BandMuted: name == "gradient"
                ? pick(["text-white text-opacity-80", "text-white text-opacity-75", "text-gray-100"])
                : $"text-{p}-{pick(["100", "200"])}",
            PrimaryText: $"text-{p}-{shade}",
            PrimaryBg: $"bg-{p}-{shade} text-white",
            PrimaryHover: $"hover:bg-{p}-{shade + 100}",
            Soft: $"bg-{p}-{pick(["50", "100", "200"])} text-{p}-{pick(["700", "800", "900"])}",
            Input: pick(["bg-white", "bg-white", $"bg-gray-50 focus:bg-white", $"bg-{p}-50 focus:bg-white"])
                + $" border border-{(tinted ? p : "gray")}-{pick(["200", "300"])} "
                + pick([
                    "placeholder-gray-400 ",
                    "placeholder-gray-500 ",
                    $"placeholder-{p}-{pick(["300", "400"])} ",
                    "",
                ])
                + $"focus:border-{p}-{rng.Next(3, 8) * 100} focus:ring-{p}-{rng.Next(2, 7) * 100}",
            ButtonFill: Fill(rng, p, a, shade, dark: false) is { Length: > 0 } fill
                ? fill
                : $"bg-{p}-{shade} text-white hover:bg-{p}-{shade + 100}"
        );
    }

    private static ColourScheme DarkScheme(Random rng, string p, string a, Func<string[], string> pick)
    {
        var shade = rng.Next(3, 6) * 100;
        return new ColourScheme(
            "dark",
            p,
            a,
            true,
            Page: pick(["bg-gray-900", "bg-black"]),
            Surface: "bg-gray-800",
            Card: pick(["bg-gray-800", "bg-gray-700"]),
            Heading: "text-white",
            Text: pick(["text-gray-200", "text-gray-300"]),
            Muted: pick(["text-gray-400", "text-gray-500"]),
            Border: pick(["border-gray-700", "border-gray-600"]),
            Band: pick([
                $"bg-{p}-{pick(["700", "800", "900"])}",
                $"bg-gradient-{Directions[rng.Next(Directions.Length)]} from-{p}-{rng.Next(6, 10) * 100} to-{a}-{rng.Next(6, 10) * 100}",
            ]),
            BandText: "text-white",
            BandMuted: $"text-{p}-{pick(["200", "300"])}",
            PrimaryText: $"text-{p}-{shade}",
            PrimaryBg: $"bg-{p}-{shade + 100} text-white",
            PrimaryHover: $"hover:bg-{p}-{shade + 200}",
            Soft: $"bg-{p}-{pick(["800", "900"])} text-{p}-{pick(["100", "200", "300"])}",
            Input: $"bg-gray-800 border border-gray-600 text-white placeholder-gray-{pick(["400", "500"])} "
                + $"focus:border-{p}-{rng.Next(3, 6) * 100} focus:ring-{p}-{rng.Next(4, 8) * 100}",
            ButtonFill: Fill(rng, p, a, shade, dark: true) is { Length: > 0 } fill
                ? fill
                : $"bg-{p}-{shade + 100} text-white hover:bg-{p}-{shade + 200}"
        );
    }

    private static ColourScheme ContrastScheme(string p, string a, bool inverted) =>
        new(
            "contrast",
            p,
            a,
            inverted,
            Page: inverted ? "bg-black" : "bg-white",
            Surface: inverted ? "bg-black" : "bg-white",
            Card: inverted ? "bg-black" : "bg-white",
            Heading: inverted ? "text-white" : "text-black",
            Text: inverted ? "text-white" : "text-black",
            Muted: inverted ? "text-gray-300" : "text-gray-800",
            Border: inverted ? "border-white border-2" : "border-black border-2",
            Band: inverted ? $"bg-{p}-300" : "bg-black",
            BandText: inverted ? "text-black" : "text-white",
            BandMuted: inverted ? "text-gray-900" : "text-gray-200",
            PrimaryText: inverted ? $"text-{p}-300" : $"text-{p}-800",
            PrimaryBg: inverted ? $"bg-{p}-300 text-black" : $"bg-{p}-800 text-white",
            PrimaryHover: inverted ? "hover:bg-white" : "hover:bg-black",
            Soft: inverted ? "bg-white text-black" : $"bg-{p}-100 text-black",
            Input: inverted ? "bg-black border-2 border-white text-white" : "bg-white border-2 border-black",
            ButtonFill: inverted ? $"bg-{p}-300 text-black hover:bg-white" : $"bg-{p}-800 text-white hover:bg-black"
        );
}
