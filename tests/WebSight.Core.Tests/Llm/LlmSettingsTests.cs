using System.Globalization;
using System.Reflection;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Llm;
using WebSight.Core.Pipeline;
using WebSight.Core.Tests.Support;

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

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Flags_beat_the_config_file_which_beats_the_environment_which_beats_defaults()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        File.WriteAllText(
            config,
            """{ "model": "file-model", "rpm": 30, "tpm": 90000, "topics": "topics.txt", "no-cache": true }"""
        );
        var flags = new LlmSettings { Rpm = 60, LlmBaseUrl = "http://localhost:8000/v1" };
        var options = flags
            .Over(LlmSettings.Load(config))
            .Resolve(Env(("OPENAI_API_KEY", "env-key"), ("OPENAI_BASE_URL", "http://env/v1")));

        Assert.Equal(LlmProvider.OpenAI, options.Provider);
        Assert.Equal(new Uri("http://localhost:8000/v1"), options.Endpoint);
        Assert.Equal("file-model", options.IdeasModel);
        Assert.Equal("file-model", options.PagesModel);
        Assert.Equal(60, options.RequestsPerMinute);
        Assert.Equal(90000, options.TokensPerMinute);
        Assert.Equal("env-key", options.ApiKey);
        Assert.False(options.UseCache);
        Assert.Equal(directory.Combine("topics.txt"), options.TopicsFile);
        Assert.Equal(10, options.IdeasPerCall);
        Assert.Equal(0, options.Temperature);
        Assert.Equal("blue", options.SwapColour);
    }

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
    public void Azure_comes_from_its_settings_or_environment_with_per_stage_deployments()
    {
        var options = new LlmSettings { AzureIdeasDeployment = "small" }.Resolve(
            Env(
                ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
                ("AZURE_OPENAI_DEPLOYMENT", "big"),
                ("AZURE_OPENAI_API_KEY", "az-key")
            )
        );
        Assert.Equal(LlmProvider.Azure, options.Provider);
        Assert.Equal("small", options.IdeasModel);
        Assert.Equal("big", options.PagesModel);
        Assert.Equal("az-key", options.ApiKey);

        var entra = new LlmSettings().Resolve(
            Env(("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"), ("AZURE_OPENAI_DEPLOYMENT", "big"))
        );
        Assert.Equal(LlmProvider.Azure, entra.Provider);
        Assert.Null(entra.ApiKey);
        entra.Validate();

        var openAi = new LlmSettings { Model = "gpt" }.Resolve(
            Env(("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"), ("OPENAI_API_KEY", "k"))
        );
        Assert.Equal(LlmProvider.OpenAI, openAi.Provider);
    }

    [Fact]
    public void Conflicting_or_bad_settings_name_the_flag_to_change()
    {
        Assert.Equal(
            "--llm-base-url",
            Assert
                .Throws<OptionsException>(() =>
                    new LlmSettings { LlmBaseUrl = "http://x/v1", AzureEndpoint = "https://a/" }.Resolve(Env())
                )
                .Option
        );
        Assert.Equal(
            "--llm-provider",
            Assert.Throws<OptionsException>(() => new LlmSettings { LlmProvider = "bedrock" }.Resolve(Env())).Option
        );
        Assert.Equal(
            "--api-key",
            Assert
                .Throws<OptionsException>(() =>
                    new LlmSettings { Model = "gpt" }
                        .Resolve(Env())
                        .Validate()
                )
                .Option
        );
        Assert.Equal(
            "--model",
            Assert
                .Throws<OptionsException>(() =>
                    new LlmSettings { LlmBaseUrl = "http://x/v1" }
                        .Resolve(Env())
                        .Validate()
                )
                .Option
        );
        Assert.Equal(
            "--swap-colour",
            Assert
                .Throws<OptionsException>(() =>
                    new LlmSettings
                    {
                        LlmBaseUrl = "http://x/v1",
                        Model = "m",
                        SwapColour = "teal",
                    }
                        .Resolve(Env())
                        .Validate()
                )
                .Option
        );
        Assert.Equal(
            "--table-page-share",
            Assert
                .Throws<OptionsException>(() =>
                    new LlmSettings
                    {
                        LlmBaseUrl = "http://x/v1",
                        Model = "m",
                        TablePageShare = 1.5,
                    }
                        .Resolve(Env())
                        .Validate()
                )
                .Option
        );
        Assert.Null(
            new LlmSettings
            {
                LlmBaseUrl = "http://x/v1",
                Model = "m",
                SwapColour = "none",
            }
                .Resolve(Env())
                .SwapColour
        );
    }

    [Fact]
    public void A_config_file_with_an_unknown_key_is_refused()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        File.WriteAllText(config, """{ "modle": "typo" }""");
        var error = Assert.Throws<OptionsException>(() => LlmSettings.Load(config));
        Assert.Equal("--llm-config", error.Option);
        Assert.Contains("modle", error.Message);
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
        var options = settings.Resolve(Env());
        var run = new GenerateOptions
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
            new GenerateOptions { Count = 1, OutputDirectory = "out" }
                .ToManifest()
                .ToJsonString()
        );
    }
}
