using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Diversity;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight stats`.</summary>
internal sealed class StatsSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description(
        "Dataset: a directory with data/*.parquet, a run in progress (parts/), or a pages.jsonl (file or directory)."
    )]
    public string Directory { get; init; } = "";

    [CommandOption(DiversityAnalyzer.AgainstFlag + " <DIR>")]
    [Description("Another dataset: report the share of this one's sentences it holds too.")]
    public string? Against { get; init; }

    [CommandOption("--tailwind-css <PATH>")]
    [Description("Local copy of tailwindcss@2.2.19 dist/tailwind.min.css. Default: the cache ./websight fills.")]
    public string? TailwindCss { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }
}
