namespace WebSight.Core.Llm;

/// <summary>USD per one million tokens.</summary>
internal sealed record ModelPrice(double Input, double Output);
