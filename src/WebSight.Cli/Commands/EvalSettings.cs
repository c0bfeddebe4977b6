using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Evaluation;
using WebSight.Core.Rendering;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight eval`.</summary>
internal sealed class EvalSettings : CommandSettings
{
    [CommandOption(EvalOptions.ReferenceFlag + " <DIR>")]
    [Description(
        "The reference dataset (data/train-*.parquet and data/test-*.parquet, run.json), rendered with the layout on."
    )]
    public string? Reference { get; init; }

    [CommandOption(EvalOptions.PredictionsFlag + " <FILE>")]
    [Description("JSON lines with \"id\" (a reference row's id) and \"text\" (the model's HTML).")]
    public string? Predictions { get; init; }

    [CommandOption("-o|" + EvalOptions.OutFlag + " <DIR>")]
    [Description("Where scores.parquet, summary.json and report.md go; rerunning on it resumes.")]
    public string? Out { get; init; }

    [CommandOption(EvalOptions.ImageEncoderFlag + " <PATH>")]
    [Description("An ONNX image encoder (input [1,3,H,W]) for the visual score; default: SSIM of 256×256 screenshots.")]
    public string? ImageEncoder { get; init; }

    [CommandOption(EvalOptions.ViewportFlag + " <NAME>")]
    [Description(
        "The reference viewport the predictions are rendered and scored at (a page's HTML is one for all of them). Default: the reference run's first."
    )]
    public string? Viewport { get; init; }

    [CommandOption(EvalOptions.SeedFlag + " <S>")]
    [Description("Seed of the bootstrap intervals.")]
    [DefaultValue(EvalOptions.DefaultSeed)]
    public int Seed { get; init; }

    [CommandOption(EvalOptions.PartRowsFlag + " <N>")]
    [Description("Scores per committed part (a kill loses at most these).")]
    [DefaultValue(EvalOptions.DefaultPartRows)]
    public int PartRows { get; init; }

    [CommandOption("-w|" + RenderOptions.WorkersFlag + " <K>")]
    [Description("Browser processes rendering in parallel. Default: one per core.")]
    public int? Workers { get; init; }

    [CommandOption(RenderOptions.PageTimeoutFlag + " <SECONDS>")]
    [Description("A prediction that does not load and capture in time scores 0 (render_timeout).")]
    [DefaultValue(RenderOptions.DefaultPageTimeoutSeconds)]
    public double PageTimeout { get; init; }

    [CommandOption(RenderOptions.BrowserPathFlag + " <PATH>")]
    [Description("Chromium binary. Default: found.")]
    public string? BrowserPath { get; init; }

    [CommandOption("--tailwind-css <PATH>")]
    [Description("Local copy of tailwindcss@2.2.19 dist/tailwind.min.css. Default: the cache ./websight fills.")]
    public string? TailwindCss { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }

    public EvalOptions ToOptions() =>
        new()
        {
            Reference = Reference ?? "",
            Predictions = Predictions ?? "",
            OutputDirectory = Out ?? "",
            ImageEncoder = ImageEncoder,
            Viewport = Viewport,
            Seed = Seed,
            PartRows = PartRows,
            Workers = Workers ?? RenderOptions.DefaultWorkers,
            PageTimeout = TimeSpan.FromSeconds(PageTimeout),
            BrowserPath = BrowserPath,
            TailwindPath = TailwindCss,
        };
}
