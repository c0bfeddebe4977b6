using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Review;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight review`.</summary>
internal sealed class ReviewSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Dataset directory (with data/*.parquet) or a run directory (with parts/).")]
    public string Directory { get; init; } = "";

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on. Anything but loopback exposes the app to the network.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--port <PORT>")]
    [Description("Port to listen on; 0 picks a free one.")]
    [DefaultValue(0)]
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
