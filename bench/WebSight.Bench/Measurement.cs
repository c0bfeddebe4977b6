namespace WebSight.Bench;

/// <summary>One contender's result in the end-to-end benchmark.</summary>
internal sealed record Measurement(string Name, int Pages, TimeSpan Wall, double CpuUtilisation, long PeakRssBytes)
{
    public double PagesPerSecond => Pages / Wall.TotalSeconds;
}
