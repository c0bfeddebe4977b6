using WebSight.Core.Ideation;

namespace WebSight.Core.Llm;

/// <summary>
/// The ideas of one batch (one call), the topic that steered them, and per slot the earlier idea it repeats
/// (null for a new one).
/// </summary>
internal sealed record IdeaBatch(
    long Number,
    Topic Topic,
    IReadOnlyList<string> Ideas,
    IReadOnlyList<IdeaSlot?> DuplicateOf
);
