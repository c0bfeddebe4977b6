using WebSight.Core.Foundation;
using WebSight.Core.Pipeline;

namespace WebSight.Core.Generation;

/// <summary>Builds the generator a run's options name.</summary>
internal static class GeneratorFactory
{
    public static IPageGenerator Create(GenerateOptions options, RunStats stats) =>
        options.Generator switch
        {
            TemplateGenerator.GeneratorName => new TemplateGenerator(options.Templates),
            LlmPageGenerator.GeneratorName => new LlmPageGenerator(
                options.Llm ?? throw new OptionsException("--generator", "llm needs LLM settings (--model ...)"),
                options.Seed,
                options.OutputDirectory,
                options.Templates.TemplatesDirectory,
                stats
            ),
            _ => throw new OptionsException(
                "--generator",
                $"'{options.Generator}' is not a generator; use 'template' or 'llm'"
            ),
        };
}
