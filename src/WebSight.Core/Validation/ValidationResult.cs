using WebSight.Core.Foundation;
using WebSight.Core.Generation;

namespace WebSight.Core.Validation;

/// <summary>The verdict on one page: accepted (possibly with scripts stripped) or rejected with a reason.</summary>
internal sealed record ValidationResult(GeneratedPage Page, RejectReason? Reason, string Detail, PageMetrics Metrics)
{
    public bool Accepted => Reason is null;
}

/// <summary>What the checks measured, kept for stats and QA.</summary>
internal readonly record struct PageMetrics(int ParseErrors, int VisibleWords, int ClassTokens, int UnknownClassTokens);
