namespace WebSight.Core.Foundation;

/// <summary>
/// What becomes of the resources a page links to that the renderer does not serve itself (anything but the Tailwind
/// stylesheet and WebSight's image URLs). Whatever the policy, no request leaves the machine.
/// </summary>
internal enum ResourcePolicy
{
    /// <summary>Images become placeholders of the size the page asks for; stylesheets, scripts, fonts, frames are dropped.</summary>
    Placeholder,

    /// <summary>Relative URLs are served from the page's own folder (never outside it); the rest as <see cref="Placeholder"/>.</summary>
    Local,

    /// <summary>A page that links to anything the renderer does not serve is rejected (generated pages).</summary>
    Reject,
}

internal static class ResourcePolicies
{
    public const string Flag = "--resources";

    /// <summary>The default of <c>render</c>; <c>generate</c> always rejects.</summary>
    public const string DefaultForRender = "placeholder";

    public const string Names = "placeholder, local or reject";

    public static string Name(this ResourcePolicy policy) => policy.ToString().ToLowerInvariant();

    /// <summary>The policy a flag value names, or an <see cref="OptionsException"/> naming the flag.</summary>
    public static ResourcePolicy Parse(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            "placeholder" => ResourcePolicy.Placeholder,
            "local" => ResourcePolicy.Local,
            "reject" => ResourcePolicy.Reject,
            _ => throw new OptionsException(Flag, $"'{value}' is not a policy; use {Names}"),
        };
}
