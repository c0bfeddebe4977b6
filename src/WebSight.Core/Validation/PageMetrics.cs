namespace WebSight.Core.Validation;

/// <summary>What the checks measured, kept for stats and QA.</summary>
internal readonly record struct PageMetrics(int ParseErrors, int VisibleWords, int ClassTokens, int UnknownClassTokens);
