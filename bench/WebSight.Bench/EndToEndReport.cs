using System.Globalization;
using System.Text;
using Parquet.Serialization;
using SkiaSharp;
using WebSight.Core.Foundation;
using WebSight.Core.Rendering;
using WebSight.Core.Writing;

namespace WebSight.Bench;

/// <summary>The end-to-end benchmark's Markdown sections: scaling, where the time goes, CPU by process, output check.</summary>
internal static class EndToEndReport
{
    /// <summary>Throughput and memory interval by interval: flat lines mean a long run costs what a short one does.</summary>
    public static void Scaling(StringBuilder report, IReadOnlyList<Checkpoint> checkpoints, Measurement ours)
    {
        report.AppendLine("Scaling (throughput per interval; resident memory of tool + browsers, summed RSS):");
        report.AppendLine();
        report.AppendLine("| pages | pages/s in the interval | RSS at its end | peak RSS so far |");
        report.AppendLine("|---:|---:|---:|---:|");
        var previous = new Checkpoint(0, TimeSpan.Zero, 0, 0);
        foreach (var at in checkpoints.Append(new Checkpoint(ours.Pages, ours.Wall, 0, ours.PeakRssBytes)))
        {
            var rate = (at.Pages - previous.Pages) / (at.Elapsed - previous.Elapsed).TotalSeconds;
            var rss = at.RssBytes > 0 ? $"{at.RssBytes / 1048576.0:F0} MB" : "";
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {previous.Pages + 1}–{at.Pages} | {rate:F2} | {rss} | {at.PeakRssBytes / 1048576.0:F0} MB |"
            );
            previous = at;
        }
        var first = checkpoints[0];
        report.AppendLine();
        report.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Peak RSS growth from {first.Pages} pages to {ours.Pages}: {(ours.PeakRssBytes - first.PeakRssBytes) / (double)first.PeakRssBytes:P1}."
            )
        );
        report.AppendLine();
    }

    public static void Row(StringBuilder report, Measurement m, double ours) =>
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"| {m.Name} | {m.PagesPerSecond:F2} | {ours / m.PagesPerSecond:F1}× | {m.CpuUtilisation:P0} | {m.PeakRssBytes / 1048576.0:F0} MB |"
        );

    public static void StageSplit(StringBuilder report, StatsSnapshot stats)
    {
        report.AppendLine(
            "Where our time goes (busy time per page, summed over workers; wall time, so it includes waiting for a core):"
        );
        report.AppendLine();
        report.AppendLine("| stage | ms per page | share |");
        report.AppendLine("|---|---:|---:|");
        var stages = new (string Name, string Label)[]
        {
            ("generate", "generate"),
            ("validate", "validate"),
            ("load", "load (set content, styles, layout, images)"),
            ("probe", "probe (page height and QA measurements)"),
            ("capture", "capture (raster, composite, JPEG encode in Chromium, transfer)"),
            ("quality", "quality (decode, QA checks, near-duplicates)"),
            ("write", "write"),
            ("consolidate", "consolidate parts into shards (once, at the end of the run)"),
        };
        var perPage = stages.ToDictionary(
            s => s.Name,
            s =>
                stats.Stages.TryGetValue(s.Name, out var stage)
                    ? stage.BusySeconds * 1000 / Math.Max(1, stats.Accepted)
                    : 0
        );
        var total = perPage.Values.Sum();
        foreach (var (name, label) in stages)
        {
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {label} | {perPage[name]:F1} | {perPage[name] / total:P0} |"
            );
            if (name == "load")
                StylesheetRow(report, stats, total);
        }
        report.AppendLine();
    }

    /// <summary>The page's CSS (the 2.2.19 subset, or the Tailwind 3/4 compile) is part of load, so not in the sum.</summary>
    private static void StylesheetRow(StringBuilder report, StatsSnapshot stats, double total)
    {
        if (!stats.Stages.TryGetValue(PageStyles.StageName, out var stage))
            return;
        var perPage = stage.BusySeconds * 1000 / Math.Max(1, stats.Accepted);
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"| … of which stylesheet (the page's CSS: 2.2.19 subset or Tailwind 3/4 compile) | {perPage:F1} | ({perPage / total:P0}) |"
        );
    }

    /// <summary>CPU time per page by process: what each part of Chromium, the driver and the tool cost.</summary>
    public static void CpuSplit(StringBuilder report, IReadOnlyDictionary<string, double> cpu, int pages)
    {
        var labels = new (string Kind, string Label)[]
        {
            ("renderer", "Chromium renderers: parse, style, layout, raster"),
            ("gpu-process", "Chromium GPU process: composite and read back the capture (software)"),
            ("browser", "Chromium browser process: JPEG encode, DevTools"),
            ("driver", "Playwright driver (Node.js): relays protocol messages"),
            ("tailwind", "Tailwind 3/4 compiler worker (Node.js): the pages' CSS, class questions"),
            ("tool", "websight: generate, validate, QA, Parquet, protocol client"),
        };
        var total = cpu.Values.Sum();
        report.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"CPU time per page by process ({total * 1000 / pages:F0} ms in all; measured from /proc):"
            )
        );
        report.AppendLine();
        report.AppendLine("| process | CPU ms per page | share |");
        report.AppendLine("|---|---:|---:|");
        foreach (var (kind, label) in labels)
        {
            var seconds = cpu.GetValueOrDefault(kind);
            report.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {label} | {seconds * 1000 / pages:F0} | {seconds / total:P0} |"
            );
        }
        var rest = total - labels.Sum(l => cpu.GetValueOrDefault(l.Kind));
        report.AppendLine(
            CultureInfo.InvariantCulture,
            $"| other Chromium helpers | {rest * 1000 / pages:F0} | {rest / total:P0} |"
        );
        report.AppendLine();
    }

    public static async Task CompareImagesAsync(StringBuilder report, string output, BaselineOutput baseline)
    {
        var rows = new List<DatasetRow>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(output, "data"), "*.parquet"))
        {
            await using var stream = File.OpenRead(file);
            rows.AddRange(
                (await ParquetSerializer.DeserializeAsync<DatasetRow>(stream)).Data.Where(r =>
                    baseline.Sizes.ContainsKey((int)r.Index)
                )
            );
        }
        var mismatches = new List<string>();
        foreach (var row in rows.OrderBy(r => r.Index))
        {
            var theirs = baseline.Sizes[(int)row.Index];
            if ((row.Width, row.Height) != theirs)
                mismatches.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"page {row.Index}: ours {row.Width}×{row.Height}{(row.Clamped ? " (clamped at --max-height)" : "")}, baseline {theirs.Width}×{theirs.Height}"
                    )
                );
        }
        var differences = new List<double>();
        foreach (var row in rows.Where(r => baseline.Images.ContainsKey((int)r.Index)))
        {
            using var ours = SKBitmap.Decode(row.Image!.Bytes);
            using var theirs = SKBitmap.Decode(baseline.Images[(int)row.Index]);
            if (ours.Width == theirs.Width && ours.Height == theirs.Height)
                differences.Add(MeanAbsoluteDifference(ours, theirs));
        }
        var mean = differences.Count > 0 ? differences.Average() : double.NaN;
        var worst = differences.Count > 0 ? differences.Max() : double.NaN;
        report.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Output check: {rows.Count - mismatches.Count} of {rows.Count} of our images have the same size as the baseline's image of the same page. Over {differences.Count} of them compared pixel by pixel, the mean absolute per-channel difference is {mean:F2} of 255 (worst image {worst:F2}); both are JPEG 65 of the same render from different encoders."
            )
        );
        foreach (var mismatch in mismatches.Take(10))
            report.AppendLine("- " + mismatch);
        if (mismatches.Count > 10)
            report.AppendLine(CultureInfo.InvariantCulture, $"- and {mismatches.Count - 10} more");
        report.AppendLine();
    }

    private static double MeanAbsoluteDifference(SKBitmap a, SKBitmap b)
    {
        double sum = 0;
        long samples = 0;
        for (var y = 0; y < a.Height; y += 2)
        {
            for (var x = 0; x < a.Width; x += 2)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
                samples += 3;
            }
        }
        return sum / samples;
    }
}
