using WebSight.Core.Foundation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

public sealed class LlmSettingsFileTests
{
    [Fact]
    public void A_config_file_reads_like_the_command_line_with_its_paths_relative_to_it()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        File.WriteAllText(
            config,
            """
            {
              // comments and trailing commas are fine
              "llm-base-url": "http://localhost:8000/v1",
              "ideas-max-output-tokens": 900,
              "no-llm-seed": true,
              "price-table": "prices.json",
            }
            """
        );
        Assert.Equal(
            new LlmSettings
            {
                LlmBaseUrl = "http://localhost:8000/v1",
                IdeasMaxOutputTokens = 900,
                NoLlmSeed = true,
                PriceTable = directory.Combine("prices.json"),
            },
            LlmSettingsFile.Load(config)
        );
    }

    [Fact]
    public void A_config_file_with_an_unknown_key_is_refused()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        File.WriteAllText(config, """{ "modle": "typo" }""");
        var error = Assert.Throws<OptionsException>(() => LlmSettingsFile.Load(config));
        Assert.Equal("--llm-config", error.Option);
        Assert.Contains("modle", error.Message);
    }

    [Fact]
    public void A_missing_or_empty_config_file_is_refused()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        Assert.Equal(
            $"--llm-config: {config} does not exist",
            Assert.Throws<OptionsException>(() => LlmSettingsFile.Load(config)).Message
        );
        File.WriteAllText(config, "null");
        Assert.Equal(
            $"--llm-config: {config} is empty",
            Assert.Throws<OptionsException>(() => LlmSettingsFile.Load(config)).Message
        );
    }
}
