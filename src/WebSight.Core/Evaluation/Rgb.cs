using System.Globalization;

namespace WebSight.Core.Evaluation;

/// <summary>An sRGB colour, 0–255 a channel, as the layout snapshot's computed styles give it.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb Black = new(0, 0, 0);

    /// <summary>A computed CSS colour (<c>rgb(r, g, b)</c> or <c>rgba(r, g, b, a)</c>); black when it is neither.</summary>
    public static Rgb ParseCss(string? css)
    {
        if (css is null)
            return Black;
        var open = css.IndexOf('(', StringComparison.Ordinal);
        var close = css.LastIndexOf(')');
        if (open < 0 || close <= open)
            return Black;
        var parts = css[(open + 1)..close].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
            return Black;
        return new Rgb(Channel(parts[0]), Channel(parts[1]), Channel(parts[2]));
    }

    /// <summary>The channel-wise mean, rounded down as Design2Code's merged blocks do.</summary>
    public static Rgb Mean(Rgb first, Rgb second) =>
        new((byte)((first.R + second.R) / 2), (byte)((first.G + second.G) / 2), (byte)((first.B + second.B) / 2));

    private static byte Channel(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? (byte)Math.Clamp(Math.Round(number), 0, 255)
            : (byte)0;
}
