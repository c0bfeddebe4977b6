namespace WebSight.Review;

/// <summary>The body of a decision: a status, and an optional note.</summary>
internal sealed record DecisionRequest(string? Status, string? Note);
