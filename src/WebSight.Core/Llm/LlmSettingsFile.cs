using System.Text.Json;
using System.Text.Json.Serialization;
using WebSight.Core.Foundation;

namespace WebSight.Core.Llm;

/// <summary>
/// The <c>--llm-config</c> JSON file: any of the <see cref="LlmSettings"/>, keyed by flag name without the
/// dashes. An unknown key is an error, so a typo never goes unnoticed.
/// </summary>
internal static class LlmSettingsFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.KebabCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a <c>--llm-config</c> file; its relative paths are relative to the file.</summary>
    public static LlmSettings Load(string path)
    {
        if (!File.Exists(path))
            throw new OptionsException("--llm-config", $"{path} does not exist");
        LlmSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<LlmSettings>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new OptionsException(
                "--llm-config",
                $"{path}: {e.Message} (keys are the flag names without dashes, e.g. \"model\", \"rpm\")"
            );
        }
        if (settings is null)
            throw new OptionsException("--llm-config", $"{path} is empty");
        return WithPathsRelativeTo(Path.GetDirectoryName(Path.GetFullPath(path))!, settings);
    }

    /// <summary>The settings as a file would hold them.</summary>
    public static string Format(LlmSettings settings) => JsonSerializer.Serialize(settings, JsonOptions);

    private static LlmSettings WithPathsRelativeTo(string folder, LlmSettings settings)
    {
        string? Relative(string? file) => file is null ? null : Path.Combine(folder, file);
        return settings with
        {
            Topics = Relative(settings.Topics),
            Prompts = Relative(settings.Prompts),
            LlmCache = Relative(settings.LlmCache),
            PriceTable = Relative(settings.PriceTable),
        };
    }
}
