using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Quality;
using WebSight.Core.Writing;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>The arguments of `websight merge`. Flag names and defaults come from the Core options they set.</summary>
internal sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The --out directories of the shard workers.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Where the merged dataset goes (required; must not hold a dataset).")]
    public string? Out { get; init; }

    [CommandOption(WritingOptions.ShardSizeMbFlag + " <MB>")]
    [Description("Largest Parquet shard of the merged dataset.")]
    [DefaultValue(WritingOptions.DefaultShardSizeMb)]
    public int ShardSizeMb { get; init; }

    [CommandOption(QualityOptions.DedupImageDistanceFlag + " <BITS>")]
    [Description("Screenshot hash distance within which rows from different shards are near-duplicates.")]
    [DefaultValue(QualityOptions.DefaultDedupImageDistance)]
    public int DedupImageDistance { get; init; }

    [CommandOption(QualityOptions.DedupTextDistanceFlag + " <BITS>")]
    [Description("Text SimHash distance within which rows from different shards are near-duplicates.")]
    [DefaultValue(QualityOptions.DefaultDedupTextDistance)]
    public int DedupTextDistance { get; init; }

    [CommandOption("--allow-partial")]
    [Description("Merge even when shards of the run are missing or hold no rows (the result is a partial dataset).")]
    public bool AllowPartial { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("--out is required, e.g. --out merged")
            : ValidationResult.Success();
}
