using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Writing;
using WebSight.Review;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight export`. Flag names and defaults come from the options they set.</summary>
internal sealed class ExportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Reviewed dataset directory.")]
    public string Directory { get; init; } = "";

    [CommandOption("-o|" + ExportOptions.OutFlag + " <DIR>")]
    [Description("Directory to write the new dataset to (required, outside DIR).")]
    public string? Out { get; init; }

    [CommandOption(ExportOptions.AcceptedOnlyFlag)]
    [Description("Keep only rows a reviewer accepted (default: keep all but rejected rows).")]
    public bool AcceptedOnly { get; init; }

    [CommandOption(ExportOptions.ExcludeFlaggedFlag)]
    [Description("Drop rows with any QA flag unless a reviewer accepted them.")]
    public bool ExcludeFlagged { get; init; }

    [CommandOption(WritingOptions.ShardSizeMbFlag + " <MB>")]
    [Description("Largest output shard.")]
    [DefaultValue(WritingOptions.DefaultShardSizeMb)]
    public int ShardSizeMb { get; init; }

    [CommandOption("--verbose")]
    [Description("Show stack traces on errors.")]
    public bool Verbose { get; init; }

    public ExportOptions ToOptions() =>
        new()
        {
            SourceDirectory = Directory,
            OutputDirectory = Out ?? "",
            AcceptedOnly = AcceptedOnly,
            ExcludeFlagged = ExcludeFlagged,
            ShardMaxBytes = ShardSizeMb * 1024L * 1024,
        };
}
