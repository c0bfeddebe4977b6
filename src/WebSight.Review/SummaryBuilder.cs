using System.Text.Json;

namespace WebSight.Review;

/// <summary>The numbers behind the summary page's charts: counts by category and histograms of per-sample values.</summary>
internal static class SummaryBuilder
{
    private const int Bins = 20;

    public static object Build(SampleIndex index, DecisionStore decisions)
    {
        var entries = index.Entries;
        var measured = entries.Where(e => e.Image is not null).ToList();
        return new
        {
            rows = entries.Count,
            decisions = Count(entries.Select(e => decisions.StatusOf(e.Id))),
            topics = Count(entries.Select(e => e.Topic)),
            generators = Count(entries.Select(e => e.Generator)),
            flags = Count(entries.SelectMany(e => e.Flags)),
            histograms = new[]
            {
                Histogram("Luma standard deviation", measured.Select(e => e.Image!.LumaStdDev)),
                Histogram("Share of the dominant colour", measured.Select(e => e.Image!.DominantShare)),
                Histogram("Share of non-background pixels", measured.Select(e => e.Image!.ContentShare)),
                Histogram("Page height (CSS px)", entries.Select(e => (double)e.PageHeight)),
                Histogram("Image height (px)", entries.Select(e => (double)e.Height)),
                Histogram("HTML length (characters)", entries.Select(e => (double)e.TextLength)),
                Histogram("Visible words", entries.Select(e => (double)e.VisibleWords)),
            },
            runRejections = RunRejections(index.Files.StatsFile),
        };
    }

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string> values) =>
        values
            .GroupBy(v => v.Length == 0 ? "(none)" : v, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static object Histogram(string title, IEnumerable<double> source)
    {
        var values = source.ToList();
        if (values.Count == 0)
            return new
            {
                title,
                min = 0.0,
                max = 0.0,
                counts = Array.Empty<int>(),
            };
        var (min, max) = (values.Min(), values.Max());
        var counts = new int[Bins];
        var width = (max - min) / Bins;
        foreach (var value in values)
            counts[width <= 0 ? 0 : Math.Min(Bins - 1, (int)((value - min) / width))]++;
        return new
        {
            title,
            min,
            max,
            counts,
        };
    }

    /// <summary>What the run itself rejected, from its stats.json (snake_case <c>rejected_by_reason</c>).</summary>
    private static List<KeyValuePair<string, long>> RunRejections(string statsFile)
    {
        if (!File.Exists(statsFile))
            return [];
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(statsFile));
            if (!document.RootElement.TryGetProperty("rejected_by_reason", out var reasons))
                return [];
            return reasons
                .EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, p.Value.GetInt64()))
                .OrderByDescending(p => p.Value)
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
