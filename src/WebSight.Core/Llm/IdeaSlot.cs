namespace WebSight.Core.Llm;

/// <summary>Where an idea came from: its batch (one call) and its place in the list.</summary>
internal readonly record struct IdeaSlot(long Batch, int Slot)
{
    public override string ToString() => $"idea {Slot + 1} of batch {Batch}";
}
