using WebSight.Core.Foundation;
using WebSight.Core.Writing;

namespace WebSight.Core.Pipeline;

internal enum RunStatus
{
    Completed,
    AlreadyComplete,
    TooManyRejections,
    Stopped,
}

/// <summary>How a run ended and what it left on disk.</summary>
internal sealed record RunOutcome(RunStatus Status, DatasetSummary? Dataset, StatsSnapshot Stats, string Message);
