using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Foundation;
using WebSight.Core.Input;
using WebSight.Core.Pipeline;
using WebSight.Core.Setup;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight render`: existing HTML in, the same dataset out.</summary>
internal sealed class RenderSettings : RunCommandSettings
{
    [CommandOption("-i|--input <PATH>")]
    [Description(
        "A directory of .html/.htm files, one .html file, or a JSON-lines file with a 'text' field (required)."
    )]
    public string? Input { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Input))
            return ValidationResult.Error("--input is required, e.g. --input pages/ or --input pages.jsonl");
        return base.Validate();
    }

    public RunOptions ToOptions(InputPageSource source) =>
        new()
        {
            Count = (int)source.FixedSampleCount!.Value,
            OutputDirectory = Out!,
            Generator = InputPageSource.GeneratorName,
            Input = Path.GetFullPath(Input!),
            ForceNew = ForceNew,
            TailwindPath = TailwindCss,
            Tailwind = TailwindProfile.For(Tailwind),
            Validation = ToValidationOptions(),
            Render = ToRenderOptions(),
            Writing = ToWritingOptions(),
            Quality = ToQualityOptions(),
            Sharding = Sharding(),
        };
}
