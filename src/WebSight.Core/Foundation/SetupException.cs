namespace WebSight.Core.Foundation;

/// <summary>Something the machine lacks (a browser, the stylesheet); the message says what to install.</summary>
internal sealed class SetupException(string message) : Exception(message);
