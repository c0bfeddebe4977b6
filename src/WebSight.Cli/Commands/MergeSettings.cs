using System.ComponentModel;
using Spectre.Console.Cli;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>The arguments of `websight merge`.</summary>
internal sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The --out directories of the shard workers.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Where the merged dataset goes (required; must not hold a dataset).")]
    public string? Out { get; init; }

    [CommandOption("--shard-size-mb <MB>")]
    [Description("Largest Parquet shard of the merged dataset.")]
    [DefaultValue(400)]
    public int ShardSizeMb { get; init; } = 400;

    [CommandOption("--dedup-image-distance <BITS>")]
    [Description("Screenshot hash distance within which rows from different shards are near-duplicates.")]
    [DefaultValue(6)]
    public int DedupImageDistance { get; init; } = 6;

    [CommandOption("--dedup-text-distance <BITS>")]
    [Description("Text SimHash distance within which rows from different shards are near-duplicates.")]
    [DefaultValue(8)]
    public int DedupTextDistance { get; init; } = 8;

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("--out is required, e.g. --out merged")
            : ValidationResult.Success();
}
