using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Spectre.Console.Cli;
using WebSight.Cli.Commands;
using WebSight.Core.Llm;

namespace WebSight.Cli.Tests;

/// <summary>
/// Each LLM flag is declared once in <see cref="GenerateSettings"/> and binds by name onto the
/// <see cref="LlmSettings"/> property that is also its config-file key, so the two lists must not drift apart.
/// </summary>
public sealed class LlmFlagsTests
{
    // The generate flags that are not LLM settings: its own, and --llm-config, which names the file settings come from.
    private static readonly string[] OtherGenerateFlags =
    [
        "Count",
        "Seed",
        "Generator",
        "Templates",
        "Archetypes",
        "MaxCodeTokens",
        "Locales",
        "HtmlOnly",
        "LlmConfig",
    ];

    private static IEnumerable<PropertyInfo> LlmFlags =>
        typeof(GenerateSettings)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.IsDefined(typeof(CommandOptionAttribute)) && !OtherGenerateFlags.Contains(p.Name));

    [Fact]
    public void Every_llm_flag_has_a_setting_of_the_same_name_and_type_and_every_setting_a_flag()
    {
        Assert.Equal(
            LlmSettings.All.Select(s => $"{s.Name}: {s.PropertyType}").Order(),
            LlmFlags.Select(f => $"{f.Name}: {f.PropertyType}").Order()
        );
    }

    [Fact]
    public void Every_llm_flag_is_spelled_as_its_config_file_key_with_two_dashes()
    {
        Assert.All(
            LlmFlags,
            flag =>
                Assert.Equal(
                    [JsonNamingPolicy.KebabCaseLower.ConvertName(flag.Name)],
                    flag.GetCustomAttribute<CommandOptionAttribute>()!.LongNames
                )
        );
    }

    [Fact]
    public void Every_llm_flag_given_without_the_llm_generator_is_refused()
    {
        Assert.All(
            LlmFlags,
            flag =>
            {
                var settings = new GenerateSettings { Count = 1, Out = "out" };
                var type = Nullable.GetUnderlyingType(flag.PropertyType) ?? flag.PropertyType;
                flag.SetValue(settings, Convert.ChangeType(1, type, CultureInfo.InvariantCulture));
                Assert.Equal("LLM flags (--model, --rpm, ...) need --generator llm", settings.Validate().Message);
            }
        );
    }
}
