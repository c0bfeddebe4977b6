namespace WebSight.Core.Input;

/// <summary>An entry of an input directory that was not read: its path relative to the input, and why.</summary>
internal sealed record SkippedEntry(string Path, SkipReason Reason);
