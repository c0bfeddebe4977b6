using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Support;

/// <summary>Expensive things tests share: the real stylesheet, its class set, the embedded generator.</summary>
internal static class Shared
{
    private static readonly Lazy<TailwindStylesheet> LazyTailwind = new(() => TailwindStylesheet.Load());
    private static readonly Lazy<TailwindRules> LazyRules = new(() => TailwindRules.Parse(LazyTailwind.Value.Bytes));
    private static readonly Lazy<TemplateGenerator> LazyGenerator = new(() => new TemplateGenerator(new()));

    public static TailwindStylesheet Tailwind => LazyTailwind.Value;

    public static TailwindRules Rules => LazyRules.Value;

    public static OfflineResources Resources(bool fullStylesheet = false) => new(Rules, Tailwind.Bytes, fullStylesheet);

    public static TemplateGenerator Generator => LazyGenerator.Value;

    public static string Browser => BrowserLocator.Locate(null);

    /// <summary>The real pipeline with real Chromium, built as the CLI builds it, around a given page source.</summary>
    public static PipelineRunner Runner(RunOptions options, IPageSource source, RunStats stats) =>
        new PipelineBuilder(options, (Tailwind, Rules), Browser).Build(source, stats);

    public static HtmlValidator Validator(ValidationOptions? options = null) => new(options ?? new(), Rules);
}
