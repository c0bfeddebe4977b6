using WebSight.Core.Foundation;
using WebSight.Core.Llm;

namespace WebSight.Cli;

/// <summary>
/// The keys a run may have been given, found where the LLM settings look (--api-key, the environment, an
/// --llm-config file), so an error the CLI prints never shows one, whichever part of the run failed.
/// </summary>
internal static class ConfiguredKeys
{
    private static readonly string[] EnvironmentKeys = ["OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"];

    public static SecretRedactor Redactor(IReadOnlyList<string> args, Func<string, string?> environment) =>
        new([
            .. EnvironmentKeys.Select(environment),
            .. ValuesOf(args, "--api-key"),
            .. ValuesOf(args, "--llm-config").Select(KeyInFile),
        ]);

    /// <summary>The values given to a flag, as <c>--flag value</c>, <c>--flag=value</c> or <c>--flag:value</c>.</summary>
    private static IEnumerable<string> ValuesOf(IReadOnlyList<string> args, string flag)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == flag && i + 1 < args.Count)
                yield return args[i + 1];
            else if (
                arg.Length > flag.Length
                && arg.StartsWith(flag, StringComparison.Ordinal)
                && arg[flag.Length] is '=' or ':'
            )
                yield return arg[(flag.Length + 1)..];
        }
    }

    private static string? KeyInFile(string path)
    {
        try
        {
            return LlmSettingsFile.Load(path).ApiKey;
        }
        catch (Exception e) when (e is OptionsException or IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read gave the run no key either.
            return null;
        }
    }
}
