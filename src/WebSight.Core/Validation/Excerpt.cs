namespace WebSight.Core.Validation;

/// <summary>Page text quoted in a rejection's detail, cut to a length a log line can hold.</summary>
internal static class Excerpt
{
    public static string Of(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
