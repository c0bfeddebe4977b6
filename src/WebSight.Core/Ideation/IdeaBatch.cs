using WebSight.Core.Foundation;

namespace WebSight.Core.Ideation;

/// <summary>The ideas of one batch (one call), or why the whole batch is rejected, with the model's raw text.</summary>
internal sealed record IdeaBatch(
    long Number,
    Topic Topic,
    IReadOnlyList<string>? Ideas,
    RejectReason? Reason,
    string Detail,
    string? RawText
);
