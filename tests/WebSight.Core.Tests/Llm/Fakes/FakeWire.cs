namespace WebSight.Core.Tests.Llm.Fakes;

/// <summary>An answer exactly as a server puts it on the wire: the body and its content type.</summary>
internal sealed record FakeWire(string Body, string ContentType);
