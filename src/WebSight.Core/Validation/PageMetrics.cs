namespace WebSight.Core.Validation;

/// <summary>What the checks measured, kept for stats and QA.</summary>
internal readonly record struct PageMetrics(int ParseErrors, int VisibleWords, int ClassTokens, int UnknownClassTokens)
{
    /// <summary>The accepted page's length in o200k_base tokens, counted here on every core rather than by the single writer.</summary>
    public int CodeTokens { get; init; }

    /// <summary>How much markup the page is: elements, depth, tags, text, images.</summary>
    public PageComplexity Complexity { get; init; }
}
