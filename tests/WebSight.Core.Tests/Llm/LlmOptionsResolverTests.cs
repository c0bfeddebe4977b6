using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

public sealed class LlmOptionsResolverTests
{
    private static LlmOptions Resolve(LlmSettings settings, params (string Name, string Value)[] environment) =>
        new LlmOptionsResolver(name => environment.FirstOrDefault(v => v.Name == name).Value).Resolve(settings);

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
        var options = Resolve(
            flags.Over(LlmSettingsFile.Load(config)),
            ("OPENAI_API_KEY", "env-key"),
            ("OPENAI_BASE_URL", "http://env/v1")
        );

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
    public void Azure_comes_from_its_settings_or_environment_with_per_stage_deployments()
    {
        var options = Resolve(
            new LlmSettings { AzureIdeasDeployment = "small" },
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("AZURE_OPENAI_DEPLOYMENT", "big"),
            ("AZURE_OPENAI_API_KEY", "az-key")
        );
        Assert.Equal(LlmProvider.Azure, options.Provider);
        Assert.Equal("small", options.IdeasModel);
        Assert.Equal("big", options.PagesModel);
        Assert.Equal("az-key", options.ApiKey);

        var entra = Resolve(
            new LlmSettings(),
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("AZURE_OPENAI_DEPLOYMENT", "big")
        );
        Assert.Equal(LlmProvider.Azure, entra.Provider);
        Assert.Null(entra.ApiKey);
        entra.Validate();

        var openAi = Resolve(
            new LlmSettings { Model = "gpt" },
            ("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"),
            ("OPENAI_API_KEY", "k")
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
                    Resolve(new LlmSettings { LlmBaseUrl = "http://x/v1", AzureEndpoint = "https://a/" })
                )
                .Option
        );
        Assert.Equal(
            "--llm-provider",
            Assert.Throws<OptionsException>(() => Resolve(new LlmSettings { LlmProvider = "bedrock" })).Option
        );
        Assert.Equal(
            "--api-key",
            Assert.Throws<OptionsException>(() => Resolve(new LlmSettings { Model = "gpt" }).Validate()).Option
        );
        Assert.Equal(
            "--model",
            Assert
                .Throws<OptionsException>(() => Resolve(new LlmSettings { LlmBaseUrl = "http://x/v1" }).Validate())
                .Option
        );
        Assert.Equal(
            "--swap-colour",
            Assert
                .Throws<OptionsException>(() =>
                    Resolve(
                            new LlmSettings
                            {
                                LlmBaseUrl = "http://x/v1",
                                Model = "m",
                                SwapColour = "teal",
                            }
                        )
                        .Validate()
                )
                .Option
        );
        Assert.Equal(
            "--table-page-share",
            Assert
                .Throws<OptionsException>(() =>
                    Resolve(
                            new LlmSettings
                            {
                                LlmBaseUrl = "http://x/v1",
                                Model = "m",
                                TablePageShare = 1.5,
                            }
                        )
                        .Validate()
                )
                .Option
        );
        Assert.Null(
            Resolve(
                new LlmSettings
                {
                    LlmBaseUrl = "http://x/v1",
                    Model = "m",
                    SwapColour = "none",
                }
            ).SwapColour
        );
    }
}
