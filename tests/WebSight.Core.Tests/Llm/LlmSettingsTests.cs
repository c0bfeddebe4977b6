using System.Globalization;
using System.Reflection;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;

namespace WebSight.Core.Tests.Llm;

public sealed class LlmSettingsTests
{
    // A value of the setting's type: "0", 0, 0.0 or false, and so on.
    private static object ValueOf(PropertyInfo setting, int number) =>
        Convert.ChangeType(
            number,
            Nullable.GetUnderlyingType(setting.PropertyType) ?? setting.PropertyType,
            CultureInfo.InvariantCulture
        );

    [Fact]
    public void Over_keeps_every_setting_given_and_takes_every_unset_one_from_the_fallback()
    {
        foreach (var setting in LlmSettings.All)
        {
            var given = new LlmSettings();
            setting.SetValue(given, ValueOf(setting, 0));
            var fallback = new LlmSettings();
            setting.SetValue(fallback, ValueOf(setting, 2));

            Assert.Equal(ValueOf(setting, 0), setting.GetValue(given.Over(fallback)));
            Assert.Equal(ValueOf(setting, 2), setting.GetValue(new LlmSettings().Over(fallback)));
            Assert.Equal(given, given.Over(new LlmSettings()));
        }
    }

    [Fact]
    public void The_key_never_reaches_run_json_nor_a_printed_form()
    {
        var settings = new LlmSettings
        {
            LlmBaseUrl = "http://localhost:8000/v1",
            Model = "m",
            ApiKey = "sk-secret-123",
        };
        var options = new LlmOptionsResolver(_ => null).Resolve(settings);
        var run = new RunOptions
        {
            Count = 1,
            OutputDirectory = "out",
            Generator = LlmPageGenerator.GeneratorName,
            Llm = options,
        };
        var manifest = run.ToManifest().ToJsonString();
        Assert.Contains("\"llm\":{\"provider\":\"openai\"", manifest);
        Assert.DoesNotContain("sk-secret-123", manifest);
        Assert.DoesNotContain("sk-secret-123", options.ToString());
        Assert.DoesNotContain("sk-secret-123", settings.ToString());
        // Budgets and limits are not content: a resume may raise them.
        Assert.DoesNotContain("rpm", manifest);
        Assert.DoesNotContain("budget", manifest);
        Assert.DoesNotContain(
            "\"llm\"",
            new RunOptions { Count = 1, OutputDirectory = "out" }
                .ToManifest()
                .ToJsonString()
        );
    }
}
