using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Validation;
using WebSight.Core.Writing;
using ValidationResult = Spectre.Console.ValidationResult;

namespace WebSight.Cli.Commands;

/// <summary>The flags of `websight generate`. Defaults are the published WebSight v0.2 settings.</summary>
internal sealed partial class GenerateSettings : RunCommandSettings
{
    [CommandOption("-n|--count <N>")]
    [Description("Rows to produce (required).")]
    public int? Count { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Run seed; the same seed gives byte-identical pages.")]
    [DefaultValue(0L)]
    public long Seed { get; init; }

    [CommandOption("--generator <NAME>")]
    [Description("Page generator.")]
    [DefaultValue(TemplateGenerator.GeneratorName)]
    public string Generator { get; init; } = null!; // Spectre sets it, from [DefaultValue] if the flag is not given

    [CommandOption(TemplateGeneratorOptions.TemplatesFlag + " <DIR>")]
    [Description("Template set to use instead of the embedded one (sections/ and catalogue/).")]
    public string? Templates { get; init; }

    [CommandOption(HtmlOnlyRunner.HtmlOnlyFlag)]
    [Description(
        "Write the validated pages to DIR/pages.jsonl (text, idea, topic, id, index, seed, tailwind, styling, code_tokens) without a browser."
    )]
    public bool HtmlOnly { get; init; }

    [CommandOption(TemplateGeneratorOptions.ArchetypesFlag + " <LIST>")]
    [Description(
        "Page archetypes to draw template pages from, comma-separated; all of them, mixed uniformly, by default."
    )]
    public string? Archetypes { get; init; }

    [CommandOption(TemplateGeneratorOptions.LocalesFlag + " <LIST>")]
    [Description(
        "Languages of template pages, comma-separated (en, de, fr, es, pt, it, nl, pl, ja, zh); each page draws one. English only by default."
    )]
    public string? Locales { get; init; }

    [CommandOption(TemplateGeneratorOptions.MaxCodeTokensFlag + " <N>")]
    [Description(
        "Most o200k tokens a template page may have: pages get fewer sections, never truncated markup. 4096 by default, 8192 with --styling css."
    )]
    public int? MaxCodeTokens { get; init; }

    public override ValidationResult Validate()
    {
        if (Count is null)
            return ValidationResult.Error("--count is required, e.g. --count 100");
        if (ValidateLlm() is { Successful: false } llmProblem)
            return llmProblem;
        return base.Validate();
    }

    public RunOptions ToOptions()
    {
        var styling = PageStylings.Parse(Styling);
        return new()
        {
            Count = Count!.Value,
            OutputDirectory = Out!,
            Seed = Seed,
            Generator = Generator,
            ForceNew = ForceNew,
            TailwindPath = TailwindCss,
            Tailwind = TailwindProfile.For(Tailwind),
            Styling = styling,
            Templates = new TemplateGeneratorOptions
            {
                TemplatesDirectory = Templates,
                Archetypes = Archetypes?.Split(
                    ',',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
                ),
                MaxCodeTokens =
                    MaxCodeTokens
                    ?? (
                        styling == PageStyling.Css
                            ? TemplateGeneratorOptions.DefaultCssMaxCodeTokens
                            : TemplateGeneratorOptions.DefaultMaxCodeTokens
                    ),
                Locales = Locales?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            },
            Llm = LlmOptions(),
            Validation = ToValidationOptions(),
            Render = ToRenderOptions(),
            Writing = ToWritingOptions(),
            Quality = ToQualityOptions(),
            Sharding = Sharding(),
        };
    }
}
