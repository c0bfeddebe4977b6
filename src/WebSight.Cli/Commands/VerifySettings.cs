using System.ComponentModel;
using Spectre.Console.Cli;

namespace WebSight.Cli.Commands;

/// <summary>The arguments of `websight verify`.</summary>
internal sealed class VerifySettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("A dataset directory (with data/ and README.md), e.g. the --out of a run.")]
    public string Directory { get; init; } = "";

    [CommandOption("--headers-only")]
    [Description("Check image headers and sizes without decoding every image (faster on huge datasets).")]
    public bool HeadersOnly { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }
}
