namespace WebSight.Bench;

/// <summary>Where a long run stood after some pages: elapsed time and memory of the tool and its browsers.</summary>
internal sealed record Checkpoint(int Pages, TimeSpan Elapsed, long RssBytes, long PeakRssBytes);
