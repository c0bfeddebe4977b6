namespace WebSight.Core.Ideation;

/// <summary>What an idea batch is about: an id for the topic column, a name and a description for the prompt.</summary>
internal sealed record Topic(string Id, string Name, string Description);
