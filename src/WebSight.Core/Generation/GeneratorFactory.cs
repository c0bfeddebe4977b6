using WebSight.Core.Pipeline;

namespace WebSight.Core.Generation;

/// <summary>Builds the generator a run's options name.</summary>
internal static class GeneratorFactory
{
    public static IPageGenerator Create(GenerateOptions options, RunStats stats) =>
        options.Generator switch
        {
            TemplateGenerator.GeneratorName => new TemplateGenerator(options.Templates),
            _ => throw new OptionsException("--generator", $"'{options.Generator}' is not a generator; use 'template'"),
        };
}
