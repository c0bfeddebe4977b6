using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Profiles;
using WebSight.Core.Input;
using WebSight.Core.Llm;
using WebSight.Core.Setup;
using WebSight.Core.Styling;

namespace WebSight.Core.Pipeline;

/// <summary>The page sources a run can name, and how each is built from the run's options.</summary>
internal static class PageSources
{
    /// <summary>The generators `--generator` accepts; `input` is what `render` uses and is not offered there.</summary>
    private static readonly string[] GeneratorNames = [TemplateGenerator.GeneratorName, LlmPageGenerator.GeneratorName];

    public static void CheckName(string name)
    {
        if (!GeneratorNames.Contains(name) && name != InputPageSource.GeneratorName)
            throw new OptionsException(
                "--generator",
                $"'{name}' is not a generator; use {string.Join(" or ", GeneratorNames.Select(n => $"'{n}'"))}"
            );
    }

    /// <summary>The generator the options name; `render` builds its input source itself, from --input.</summary>
    public static IPageSource Create(RunOptions options, RunStats stats)
    {
        if (options.Styling == PageStyling.Css && options.Generator == TemplateGenerator.GeneratorName)
            return new CssTemplatePages(
                options.Templates,
                options.Tailwind,
                TailwindRules.Parse(TailwindStylesheet.Load(options.TailwindPath).Bytes)
            );
        var source = CreateFor2(options, stats);
        return options.Tailwind.Compiled && source is not InputPageSource
            ? ProfiledPages.For(source, options.Tailwind, rewriteClasses: source is TemplateGenerator)
            : source;
    }

    /// <summary>The source as it writes pages for Tailwind 2.2.19.</summary>
    private static IPageSource CreateFor2(RunOptions options, RunStats stats)
    {
        CheckName(options.Generator);
        return options.Generator switch
        {
            LlmPageGenerator.GeneratorName => new LlmPageGenerator(
                options.Llm ?? throw new OptionsException("--model", "the llm generator needs a model or deployment"),
                options.Seed,
                options.OutputDirectory,
                options.Templates.TemplatesDirectory,
                stats,
                lastPlannedIndex: options.Sharding.FirstIndex
                    + (options.Sharding.ShareOf(options.Count) - 1L) * options.Sharding.Count,
                tailwind: options.Tailwind,
                styling: options.Styling
            ),
            InputPageSource.GeneratorName => InputPageSource.Open(
                options.Input ?? throw new OptionsException("--input", "is required")
            ),
            _ => new TemplateGenerator(options.Templates),
        };
    }
}
