using WebSight.Core.Ideation;

namespace WebSight.Core.Llm;

/// <summary>The ideas of one batch (one call) and the topic that steered them.</summary>
internal sealed record IdeaBatch(long Number, Topic Topic, IReadOnlyList<string> Ideas);
