using WebSight.Core.Generation;
using WebSight.Core.Setup;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Support;

/// <summary>Expensive things tests share: the real stylesheet, its class set, the embedded generator.</summary>
internal static class Shared
{
    private static readonly Lazy<TailwindStylesheet> LazyTailwind = new(() => TailwindStylesheet.Load());
    private static readonly Lazy<TailwindClassSet> LazyClasses = new(() =>
        TailwindClassSet.FromStylesheet(LazyTailwind.Value.Bytes)
    );
    private static readonly Lazy<TemplateGenerator> LazyGenerator = new(() => new TemplateGenerator(new()));

    public static TailwindStylesheet Tailwind => LazyTailwind.Value;

    public static TailwindClassSet Classes => LazyClasses.Value;

    public static TemplateGenerator Generator => LazyGenerator.Value;

    public static string Browser => BrowserLocator.Locate(null);

    public static HtmlValidator Validator(ValidationOptions? options = null) => new(options ?? new(), Classes);
}
