using System.Text.RegularExpressions;

namespace WebSight.Cli;

/// <summary>Makes the parser's messages name the flag the user got wrong.</summary>
internal static partial class UsageMessage
{
    /// <summary>"Failed to convert 'many' to Nullable`1" becomes "--count: 'many' is not a valid value".</summary>
    public static string Explain(string message, IReadOnlyList<string> args)
    {
        var conversion = FailedConversion().Match(message);
        if (!conversion.Success)
            return message;
        var value = conversion.Groups["value"].Value;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == value && args[i - 1].StartsWith('-'))
                return $"{args[i - 1]}: '{value}' is not a valid value";
        }
        return message;
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to ")]
    private static partial Regex FailedConversion();
}
