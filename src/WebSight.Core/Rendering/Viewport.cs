using System.Globalization;
using System.Text.RegularExpressions;
using WebSight.Core.Foundation;

namespace WebSight.Core.Rendering;

/// <summary>
/// A named screen a page is rendered on: its size in CSS pixels and its device scale factor. Every render of a page
/// is a row that carries the viewport's name and shares the page's id.
/// </summary>
internal sealed partial record Viewport(string Name, int Width, int Height, double Scale)
{
    /// <summary>The name of the one viewport a run without <c>--viewports</c> renders at.</summary>
    public const string DefaultName = "desktop";

    public const int MinWidth = 320;
    public const int MaxWidth = 3840;
    public const int MinHeight = 240;
    public const int MaxHeight = 4320;
    public const double MaxScale = 4;

    /// <summary>The spec the flag takes, e.g. <c>desktop=1280x800@2</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}={Width}x{Height}@{Scale}");

    /// <summary>
    /// Parses <c>name=WIDTHxHEIGHT@SCALE</c> entries separated by commas; any fault is a usage error naming
    /// <paramref name="flag"/> and the entry.
    /// </summary>
    public static IReadOnlyList<Viewport> ParseList(string value, string flag)
    {
        var viewports = new List<Viewport>();
        foreach (var entry in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var match = Spec().Match(entry);
            if (!match.Success)
                throw new OptionsException(
                    flag,
                    $"'{entry}' is not a viewport; write name=WIDTHxHEIGHT@SCALE, e.g. phone=390x844@3"
                );
            var viewport = new Viewport(
                match.Groups["name"].Value,
                int.TryParse(match.Groups["w"].Value, CultureInfo.InvariantCulture, out var w) ? w : -1,
                int.TryParse(match.Groups["h"].Value, CultureInfo.InvariantCulture, out var h) ? h : -1,
                double.Parse(match.Groups["scale"].Value, CultureInfo.InvariantCulture)
            );
            viewport.Validate(flag);
            if (viewports.Any(v => v.Name == viewport.Name))
                throw new OptionsException(flag, $"the viewport name '{viewport.Name}' is given more than once");
            viewports.Add(viewport);
        }
        return viewports;
    }

    public void Validate(string flag)
    {
        if (Width is < MinWidth or > MaxWidth)
            throw new OptionsException(flag, $"{Name}: width {Width} must be between {MinWidth} and {MaxWidth}");
        if (Height is < MinHeight or > MaxHeight)
            throw new OptionsException(flag, $"{Name}: height {Height} must be between {MinHeight} and {MaxHeight}");
        if (Scale is <= 0 or > MaxScale || double.IsNaN(Scale))
            throw new OptionsException(flag, $"{Name}: scale {Scale} must be above 0 and at most {MaxScale}");
    }

    [GeneratedRegex(
        @"^(?<name>[a-z][a-z0-9_-]{0,31})=(?<w>\d{1,6})x(?<h>\d{1,6})@(?<scale>\d{1,2}(\.\d{1,3})?)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Spec();
}
