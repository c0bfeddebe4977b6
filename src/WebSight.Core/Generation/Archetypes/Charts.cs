using System.Globalization;
using System.Text;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Charts drawn in markup: bars as sized divs, a line as one inline SVG polyline.</summary>
internal static class Charts
{
    private static readonly string[] Heights = ["h-8", "h-12", "h-16", "h-20", "h-24", "h-28", "h-32", "h-36", "h-40"];

    public static void Bars(Markup m, PageContext page, string colour)
    {
        var bars = page.Next(6, 12);
        m.Open("div", $"flex items-end gap-2 h-44 border-b {page.C.Border.Split(' ')[0]}");
        for (var i = 0; i < bars; i++)
            m.Open("div", $"flex-1 {Heights[page.Rng.Next(Heights.Length)]} {colour} rounded-t").Close();
        m.Close();
        m.Open("div", $"mt-2 flex justify-between text-xs {page.C.Muted}");
        var months = page.Write.Locale.IsEnglish
            ? Copy.Phrases.Months.Select(month => month[..3])
            : page.Write.Locale.Formats.ShortMonths;
        foreach (var month in months.Skip(page.Next(0, 6)).Take(4))
            m.Text("span", "", month);
        m.Close();
    }

    public static void Line(Markup m, PageContext page, string colour)
    {
        var points = new StringBuilder();
        var count = page.Next(7, 12);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                points.Append(' ');
            points.Append(string.Create(CultureInfo.InvariantCulture, $"{i * 300 / (count - 1)},{page.Next(10, 110)}"));
        }
        m.Raw(
            $"<svg class=\"w-full h-44 {colour}\" viewBox=\"0 0 300 120\" preserveAspectRatio=\"none\" fill=\"none\">"
                + $"<polyline points=\"{points}\" stroke=\"currentColor\" stroke-width=\"3\"/></svg>"
        );
    }
}
