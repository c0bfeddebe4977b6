using WebSight.Core.Foundation;
using WebSight.Core.Generation.Archetypes;

namespace WebSight.Core.Generation;

/// <summary>Settings of the template generator. Each setting's flag is declared here once; the CLI uses it.</summary>
internal sealed class TemplateGeneratorOptions
{
    public const string TemplatesFlag = "--templates";
    public const string ArchetypesFlag = "--archetypes";
    public const string MaxCodeTokensFlag = "--max-code-tokens";
    public const int DefaultMaxCodeTokens = 4096;

    /// <summary>
    /// A plain-CSS page carries its rules, about 1.8 times the tokens of its Tailwind form: at 4,096 most dashboard,
    /// pricing and event pages could not fit and were drawn again as other archetypes, so a css run gets twice the room.
    /// </summary>
    public const int DefaultCssMaxCodeTokens = 8192;
    public const string LocalesFlag = "--locales";
    public const string DefaultLocales = Generation.Locales.Locale.EnglishCode;

    /// <summary>A directory with sections/ and catalogue/ to use instead of the embedded set; null for the embedded one.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>The archetypes to draw pages from, uniformly; null or empty for all of them.</summary>
    public IReadOnlyList<string>? Archetypes { get; init; }

    /// <summary>
    /// The languages pages are written in; each page draws one from its seed. Null or just English for English
    /// pages exactly as before (no lang attribute, no extra draw).
    /// </summary>
    public IReadOnlyList<string>? Locales { get; init; }

    /// <summary>Tests set this: a UI string missing from a language's lexicon fails the page instead of staying English.</summary>
    internal bool StrictLocales { get; init; }

    /// <summary>The most o200k tokens a page may have; pages get fewer sections to stay under it, never cut markup.</summary>
    public int MaxCodeTokens { get; init; } = DefaultMaxCodeTokens;

    /// <summary>How many middle sections (between hero and footer) a landing page gets, at least and at most.</summary>
    public int MinMiddleSections { get; init; } = 1;

    public int MaxMiddleSections { get; init; } = 3;

    public void Validate()
    {
        // No flag sets these, so the message names the settings.
        if (MinMiddleSections < 1 || MaxMiddleSections < MinMiddleSections)
            throw new OptionsException(
                $"{nameof(TemplateGeneratorOptions)}.{nameof(MinMiddleSections)}/{nameof(MaxMiddleSections)}",
                "needs 1 <= min <= max middle sections per page"
            );
        if (MaxCodeTokens < 1000)
            throw new OptionsException(MaxCodeTokensFlag, $"needs at least 1000 tokens (got {MaxCodeTokens})");
        var unknown = (Archetypes ?? []).Where(name => !ArchetypeSet.Names.Contains(name)).ToList();
        if (unknown.Count > 0)
            throw new OptionsException(
                ArchetypesFlag,
                $"unknown archetype {string.Join(", ", unknown)}; choose from {string.Join(", ", ArchetypeSet.Names)}"
            );
        var unknownLocales = (Locales ?? [])
            .Where(code => !Generation.Locales.LocaleSet.Supported.Contains(code))
            .ToList();
        if (unknownLocales.Count > 0 || Locales is { Count: 0 })
            throw new OptionsException(
                LocalesFlag,
                $"unknown locale {(unknownLocales.Count > 0 ? string.Join(", ", unknownLocales) : "(none given)")}; "
                    + $"supported: {string.Join(", ", Generation.Locales.LocaleSet.Supported)}"
            );
    }
}
