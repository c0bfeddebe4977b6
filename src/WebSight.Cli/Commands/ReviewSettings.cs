using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Review;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight review`. Flag names and defaults come from the options they set.</summary>
internal sealed class ReviewSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Dataset directory (with data/*.parquet) or a run directory (with parts/).")]
    public string Directory { get; init; } = "";

    [CommandOption(ReviewOptions.HostFlag + " <ADDRESS>")]
    [Description("Address to listen on. Anything but loopback exposes the app to the network.")]
    [DefaultValue(ReviewOptions.DefaultHost)]
    public string Host { get; init; } = null!; // Spectre sets it, from [DefaultValue] if the flag is not given

    [CommandOption(ReviewOptions.PortFlag + " <PORT>")]
    [Description("Port to listen on; 0 picks a free one.")]
    [DefaultValue(ReviewOptions.DefaultPort)]
    public int Port { get; init; }

    [CommandOption("--verbose")]
    [Description("Show stack traces on errors.")]
    public bool Verbose { get; init; }

    public ReviewOptions ToOptions() =>
        new()
        {
            DatasetDirectory = Directory,
            Host = Host,
            Port = Port,
        };
}
