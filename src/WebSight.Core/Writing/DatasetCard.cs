using System.Globalization;
using System.Text;
using WebSight.Core.Foundation;

namespace WebSight.Core.Writing;

/// <summary>The dataset card README.md: YAML front matter the Hub reads, then a short description of the run.</summary>
internal static class DatasetCard
{
    public const string DefaultTitle = "WebSight-style screenshot-to-code dataset";

    public const string ProjectUrl = "https://github.com/websight-tool/websight";

    public static string Render(DatasetSummary summary, CardSettings settings, StatsSnapshot stats)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("---");
        yaml.AppendLine("license: cc-by-4.0");
        yaml.AppendLine("language:\n- en");
        yaml.AppendLine("pretty_name: " + settings.Title);
        yaml.AppendLine("size_categories:\n- " + SizeCategory(summary.Rows));
        yaml.AppendLine("task_categories:\n- image-to-text");
        yaml.AppendLine("tags:\n- screenshot-to-code\n- html\n- tailwindcss\n- synthetic\n- websight");
        // Every split that has shards is a split `datasets` loads: train, and test when one was held out.
        var splits = summary.Shards.GroupBy(s => s.Split).OrderBy(g => g.Key != DatasetSplit.Train).ToList();
        yaml.AppendLine("configs:\n- config_name: default\n  data_files:");
        foreach (var split in splits)
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - split: {split.Key}\n    path: data/{split.Key}-*");
        yaml.AppendLine("dataset_info:\n  features:");
        foreach (var line in HuggingFaceFeatures.CardFeatures())
            yaml.AppendLine(line);
        yaml.AppendLine("  splits:");
        foreach (var split in splits)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - name: {split.Key}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    num_bytes: {split.Sum(s => s.Bytes)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    num_examples: {split.Sum(s => s.Rows)}");
        }
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  download_size: {summary.Bytes}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  dataset_size: {summary.Bytes}");
        yaml.AppendLine("---");

        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"# {settings.Title}");
        body.AppendLine();
        body.AppendLine(
            summary.Rows.ToString("N0", CultureInfo.InvariantCulture)
                + (
                    settings.Styling == "css"
                        ? $" screenshot/code pairs of synthetic web pages written in plain HTML and CSS (rules from Tailwind CSS {settings.Tailwind}), "
                        : $" screenshot/code pairs of synthetic web pages written in HTML with Tailwind CSS {settings.Tailwind}, "
                )
                + $"made by [websight]({ProjectUrl}) with the `{settings.Generator}` generator. "
                + "Each row holds the rendered screenshot (`image`), the page source (`text`) and the sentence "
                + "that describes the page (`llm_generated_idea`), in the layout of WebSight v0.2."
        );
        body.AppendLine();
        body.AppendLine("## Settings");
        body.AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"- rows: `{summary.Rows}`");
        foreach (var (key, value) in settings.Settings)
            body.AppendLine(CultureInfo.InvariantCulture, $"- {key}: `{value}`");
        body.AppendLine();
        body.AppendLine("## Files");
        body.AppendLine();
        foreach (var shard in summary.Shards)
            body.AppendLine(
                CultureInfo.InvariantCulture,
                $"- `data/{shard.File}`: {shard.Rows:N0} rows, {shard.Bytes / 1048576.0:F1} MB"
            );
        body.AppendLine();
        body.AppendLine("## Run statistics");
        body.AppendLine();
        body.AppendLine(
            CultureInfo.InvariantCulture,
            $"- accepted: {stats.Accepted:N0} (of them resumed from an earlier run: {stats.ResumedFromParts:N0})"
        );
        body.AppendLine(CultureInfo.InvariantCulture, $"- rejected: {stats.Rejected:N0}");
        foreach (var (reason, count) in stats.RejectedByReason)
            body.AppendLine(CultureInfo.InvariantCulture, $"  - `{reason}`: {count:N0}");
        body.AppendLine();
        body.AppendLine("## Loading");
        body.AppendLine();
        body.AppendLine(
            "```python\nfrom datasets import load_dataset\nds = load_dataset(\"parquet\", data_dir=\"data\", split=\"train\")\n```"
        );
        body.AppendLine();
        body.AppendLine(
            "Images referenced by the pages use `https://source.unsplash.com/random/WxH/?keyword` URLs, as in WebSight; "
                + "they were rendered with offline, keyword-seeded placeholders."
        );
        if (settings.Appendix is { } appendix)
            body.AppendLine().Append(appendix);
        return yaml + "\n" + body;
    }

    public static string SizeCategory(long rows) =>
        rows switch
        {
            < 1_000 => "n<1K",
            < 10_000 => "1K<n<10K",
            < 100_000 => "10K<n<100K",
            < 1_000_000 => "100K<n<1M",
            < 10_000_000 => "1M<n<10M",
            _ => "10M<n<100M",
        };
}

/// <summary>What the card says about how the data was made; the appendix is a section of its own at the end.</summary>
internal sealed record CardSettings(
    string Generator,
    IReadOnlyList<KeyValuePair<string, string>> Settings,
    string Title = DatasetCard.DefaultTitle,
    string? Appendix = null,
    string Tailwind = "2.2.19",
    string Styling = "tailwind"
);
