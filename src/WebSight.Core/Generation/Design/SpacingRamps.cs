namespace WebSight.Core.Generation.Design;

/// <summary>The spacing scales a page's tokens draw on, and spacings that widen with the screen.</summary>
internal static class SpacingRamps
{
    private static readonly string[] GapSteps = ["2", "3", "4", "5", "6", "8", "10", "12", "16"];

    public static readonly string[] SectionSteps = ["6", "8", "10", "12", "14", "16", "20", "24", "28", "32"];

    public static readonly string[] PadSteps = ["3", "4", "5", "6", "7", "8", "10", "12"];

    private static readonly string[] Breakpoints = ["sm:", "md:", "lg:", "xl:"];

    /// <summary>
    /// A spacing that widens with the screen, as hand-written pages do: <c>py-10 md:py-16 xl:py-24</c>. One to three
    /// breakpoints, in order, each step larger than the last.
    /// </summary>
    public static string Ramp(Random rng, string property, string[] steps, int start)
    {
        var ramp = new System.Text.StringBuilder($"{property}-{steps[start]}");
        var step = start;
        var from = rng.Next(2);
        for (var at = from; at < Breakpoints.Length && step < steps.Length - 1; at += rng.Next(1, 3))
        {
            step = Math.Min(steps.Length - 1, step + rng.Next(1, 3));
            ramp.Append(' ').Append(Breakpoints[at]).Append(property).Append('-').Append(steps[step]);
        }
        return ramp.ToString();
    }

    /// <summary>Grid gaps: one gap, or separate column and row gaps, widening from a breakpoint on some pages.</summary>
    public static string Gaps(Random rng, string bp)
    {
        var step = rng.Next(2, 7);
        if (rng.Next(3) == 0)
            return Ramp(rng, "gap", GapSteps, rng.Next(1, 5));
        if (rng.Next(2) == 0)
            return $"gap-{GapSteps[step]}" + (rng.Next(2) == 0 ? $" {bp}gap-{GapSteps[step + rng.Next(1, 3)]}" : "");
        var rows = rng.Next(1, 8);
        return $"gap-x-{GapSteps[step]} gap-y-{GapSteps[rows]}"
            + (rng.Next(2) == 0 ? $" {bp}gap-x-{GapSteps[step + rng.Next(1, 3)]}" : "");
    }
}
