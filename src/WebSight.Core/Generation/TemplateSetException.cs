namespace WebSight.Core.Generation;

/// <summary>A template set or catalogue that cannot be used; the message names the file and what to fix.</summary>
internal sealed class TemplateSetException(string message) : Exception(message);
