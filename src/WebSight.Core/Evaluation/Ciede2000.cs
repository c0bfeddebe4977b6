namespace WebSight.Core.Evaluation;

/// <summary>A colour in CIE L*a*b* (D65 white, 2° observer).</summary>
internal readonly record struct LabColor(double L, double A, double B);

/// <summary>
/// The CIEDE2000 colour difference (Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation
/// Notes, Supplementary Test Data, and Mathematical Observations", 2005), with kL = kC = kH = 1, and the sRGB → Lab
/// conversion (IEC 61966-2-1 companding, D65) that Design2Code's colour score applies before it.
/// </summary>
internal static class Ciede2000
{
    private const double WhiteX = 0.95047;
    private const double WhiteY = 1.0;
    private const double WhiteZ = 1.08883;

    /// <summary>Design2Code's colour score: 1 − ΔE00 / 100, floored at 0.</summary>
    public static double Similarity(Rgb first, Rgb second) =>
        Math.Max(0, 1 - Difference(ToLab(first), ToLab(second)) / 100);

    public static LabColor ToLab(Rgb color)
    {
        var r = Linear(color.R / 255.0);
        var g = Linear(color.G / 255.0);
        var b = Linear(color.B / 255.0);
        var x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WhiteX;
        var y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / WhiteY;
        var z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / WhiteZ;
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return new LabColor(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    public static double Difference(LabColor first, LabColor second)
    {
        var c1 = Math.Sqrt(first.A * first.A + first.B * first.B);
        var c2 = Math.Sqrt(second.A * second.A + second.B * second.B);
        var meanC7 = Math.Pow((c1 + c2) / 2, 7);
        var g = 0.5 * (1 - Math.Sqrt(meanC7 / (meanC7 + Math.Pow(25, 7))));
        var a1 = (1 + g) * first.A;
        var a2 = (1 + g) * second.A;
        var c1Prime = Math.Sqrt(a1 * a1 + first.B * first.B);
        var c2Prime = Math.Sqrt(a2 * a2 + second.B * second.B);
        var h1 = Hue(first.B, a1);
        var h2 = Hue(second.B, a2);

        var deltaL = second.L - first.L;
        var deltaC = c2Prime - c1Prime;
        var deltaHue =
            c1Prime * c2Prime == 0 ? 0
            : Math.Abs(h2 - h1) <= 180 ? h2 - h1
            : h2 - h1 > 180 ? h2 - h1 - 360
            : h2 - h1 + 360;
        var deltaH = 2 * Math.Sqrt(c1Prime * c2Prime) * Math.Sin(Radians(deltaHue / 2));

        var meanL = (first.L + second.L) / 2;
        var meanC = (c1Prime + c2Prime) / 2;
        var meanHue = MeanHue(h1, h2, c1Prime * c2Prime);
        var t =
            1
            - 0.17 * Math.Cos(Radians(meanHue - 30))
            + 0.24 * Math.Cos(Radians(2 * meanHue))
            + 0.32 * Math.Cos(Radians(3 * meanHue + 6))
            - 0.20 * Math.Cos(Radians(4 * meanHue - 63));
        var deltaTheta = 30 * Math.Exp(-Math.Pow((meanHue - 275) / 25, 2));
        var meanC7Prime = Math.Pow(meanC, 7);
        var rc = 2 * Math.Sqrt(meanC7Prime / (meanC7Prime + Math.Pow(25, 7)));
        var meanL50 = (meanL - 50) * (meanL - 50);
        var sl = 1 + 0.015 * meanL50 / Math.Sqrt(20 + meanL50);
        var sc = 1 + 0.045 * meanC;
        var sh = 1 + 0.015 * meanC * t;
        var rt = -Math.Sin(Radians(2 * deltaTheta)) * rc;
        var (l, c, h) = (deltaL / sl, deltaC / sc, deltaH / sh);
        return Math.Sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double Hue(double b, double aPrime)
    {
        if (b == 0 && aPrime == 0)
            return 0;
        var degrees = Math.Atan2(b, aPrime) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double MeanHue(double h1, double h2, double chromaProduct)
    {
        if (chromaProduct == 0)
            return h1 + h2;
        if (Math.Abs(h1 - h2) <= 180)
            return (h1 + h2) / 2;
        return h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Linear(double channel) =>
        channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
