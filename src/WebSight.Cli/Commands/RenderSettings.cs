using System.ComponentModel;
using Spectre.Console.Cli;
using WebSight.Core.Foundation;
using WebSight.Core.Input;
using WebSight.Core.Pipeline;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight render`: existing HTML in, the same dataset out.</summary>
internal sealed class RenderSettings : RunCommandSettings
{
    [CommandOption("-i|--input <PATH>")]
    [Description(
        "A directory of .html/.htm files, one .html file, a JSON-lines file with a 'text' field, a Parquet file (or a directory of them) with a 'text' column, or a .warc/.warc.gz crawl (required)."
    )]
    public string? Input { get; init; }

    [CommandOption(ResourcePolicies.Flag + " <POLICY>")]
    [Description(
        "What becomes of images, stylesheets, scripts, fonts and frames the page links to: placeholder (images become placeholders of their size, the rest is dropped), local (relative URLs served from the page's own folder, the rest as placeholder) or reject (refuse the page). Nothing is ever fetched from the network."
    )]
    [DefaultValue(ResourcePolicies.DefaultForRender)]
    public string Resources { get; init; } = null!; // Spectre sets it, from [DefaultValue] if the flag is not given

    [CommandOption(ValidationOptions.AllowLoremIpsumFlag)]
    [Description("Accept pages with 'lorem ipsum' text (refused by default, as for generated pages).")]
    public bool AllowLoremIpsum { get; init; }

    [CommandOption(ValidationOptions.AllowSeveralBodiesFlag)]
    [Description("Accept pages with several <body> tags, merged into one as a browser parses them.")]
    public bool AllowSeveralBodies { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Input))
            return ValidationResult.Error(
                "--input is required, e.g. --input pages/, --input pages.jsonl, --input data.parquet or --input crawl.warc.gz"
            );
        try
        {
            ResourcePolicies.Parse(Resources);
        }
        catch (OptionsException e)
        {
            return ValidationResult.Error(e.Message);
        }
        return base.Validate();
    }

    /// <remarks>
    /// A pages.jsonl that says its profile and styling (as `generate --html-only` writes it) is rendered in them
    /// unless the flags ask for something else than their defaults.
    /// </remarks>
    public RunOptions ToOptions(InputPageSource source)
    {
        var (tailwind, declared) = source.Declared();
        var styling = PageStylings.Parse(Styling == PageStylings.DefaultName ? declared ?? Styling : Styling);
        return new()
        {
            Count = (int)source.FixedSampleCount!.Value,
            OutputDirectory = Out!,
            Generator = InputPageSource.GeneratorName,
            Input = Path.GetFullPath(Input!),
            ForceNew = ForceNew,
            TailwindPath = TailwindCss,
            Tailwind = TailwindProfile.For(Tailwind == TailwindProfile.DefaultNumber ? tailwind ?? Tailwind : Tailwind),
            Styling = styling,
            Validation = ToValidationOptions(
                ResourcePolicies.Parse(Resources),
                AllowLoremIpsum,
                AllowSeveralBodies,
                styling
            ),
            Render = ToRenderOptions(ResourcePolicies.Parse(Resources), styling),
            Writing = ToWritingOptions(),
            Quality = ToQualityOptions(),
            Sharding = Sharding(),
        };
    }
}
