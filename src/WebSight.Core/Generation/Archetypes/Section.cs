namespace WebSight.Core.Generation.Archetypes;

/// <summary>
/// One composed section of a page: its name (kind/variant), markup, whether the token budget may drop it,
/// and a phrase for the idea sentence (the kind when null).
/// </summary>
internal sealed record Section(string Name, string Html, bool Optional, string? Description = null)
{
    /// <summary>A shorter form of a required section the budget may put in its place once nothing optional is left.</summary>
    public Section? Smaller { get; init; }

    public string Kind => Name.Split('/')[0];
}
