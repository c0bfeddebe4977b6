namespace WebSight.Core.Ideation;

/// <summary>A parsed idea list: the ideas in order, or what is wrong with the text.</summary>
internal sealed record IdeaList(IReadOnlyList<string>? Ideas, string? Problem)
{
    public static IdeaList Parsed(IReadOnlyList<string> ideas) => new(ideas, null);

    public static IdeaList Malformed(string problem) => new(null, problem);
}
