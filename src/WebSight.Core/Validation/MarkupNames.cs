namespace WebSight.Core.Validation;

/// <summary>
/// Element and attribute names as the checks compare them. An embedded XML document (an SVG or XHTML <c>data:</c>
/// URL) is read with the HTML parser, which keeps a prefix in the name: <c>&lt;x:script&gt;</c> there is a script
/// to the browser, so a name counts by its part after the last colon.
/// </summary>
internal static class MarkupNames
{
    public static string LocalPart(string name) => name[(name.LastIndexOf(':') + 1)..];

    public static bool Is(string name, string expected) =>
        LocalPart(name).Equals(expected, StringComparison.OrdinalIgnoreCase);
}
