using WebSight.Core.Foundation;

namespace WebSight.Core.Generation;

/// <summary>Settings of the template generator. Each setting's flag is declared here once; the CLI uses it.</summary>
internal sealed class TemplateGeneratorOptions
{
    public const string TemplatesFlag = "--templates";

    /// <summary>A directory with sections/ and catalogue/ to use instead of the embedded set; null for the embedded one.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>How many middle sections (between hero and footer) a page gets, at least and at most.</summary>
    public int MinMiddleSections { get; init; } = 2;

    public int MaxMiddleSections { get; init; } = 5;

    public void Validate()
    {
        // No flag sets these, so the message names the settings.
        if (MinMiddleSections < 1 || MaxMiddleSections < MinMiddleSections)
            throw new OptionsException(
                $"{nameof(TemplateGeneratorOptions)}.{nameof(MinMiddleSections)}/{nameof(MaxMiddleSections)}",
                "needs 1 <= min <= max middle sections per page"
            );
    }
}
