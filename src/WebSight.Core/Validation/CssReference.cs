namespace WebSight.Core.Validation;

/// <summary>Something CSS makes the browser fetch: a URL (of <c>url()</c>, <c>image-set()</c>, <c>src()</c>) or an <c>@import</c>.</summary>
internal readonly record struct CssReference(bool IsImport, string Url);
