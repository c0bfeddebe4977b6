using System.Reflection;
using System.Text.RegularExpressions;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests;

/// <summary>
/// A backtracking expression over page text is a way to stall a worker: one unclosed <c>&lt;script</c> or
/// <c>url(</c> repeated through a page made a scan to the end for each, a minute and more a page.
/// </summary>
public sealed class PageTextRegexTests
{
    /// <summary>The stages that run expressions over a page's markup.</summary>
    private static readonly string[] PageTextNamespaces =
    [
        "WebSight.Core.Validation",
        "WebSight.Core.Quality",
        "WebSight.Core.Rendering",
    ];

    [Fact]
    public void Every_regular_expression_over_page_text_runs_without_backtracking_or_with_a_timeout()
    {
        var expressions = typeof(HtmlValidator)
            .Assembly.GetTypes()
            .Where(t => PageTextNamespaces.Contains(t.Namespace))
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();

        // The search finds them: the validator's, the inliner's and the stylesheet subsetter's.
        Assert.Contains("HtmlValidator.Lorem", expressions.Select(e => e.Name));
        Assert.Contains("ResourceInliner.StartTag", expressions.Select(e => e.Name));
        Assert.Contains("OfflineResources.ClassAttribute", expressions.Select(e => e.Name));
        var unbounded = expressions
            .Where(e =>
                !e.Regex.Options.HasFlag(RegexOptions.NonBacktracking)
                && e.Regex.MatchTimeout == Regex.InfiniteMatchTimeout
            )
            .Select(e => e.Name);
        Assert.Empty(unbounded);
    }
}
