using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

public sealed class ConfiguredKeysTests
{
    [Fact]
    public void Keys_from_the_flag_in_each_spelling_the_environment_and_the_config_file_are_all_masked()
    {
        using var directory = new TempDirectory();
        var config = directory.Combine("llm.json");
        File.WriteAllText(config, """{ "api-key": "key-from-the-file" }""");
        var environment = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = "key-from-openai-env",
            ["AZURE_OPENAI_API_KEY"] = "key-from-azure-env",
        };
        var redactor = ConfiguredKeys.Redactor(
            ["generate", "--api-key", "key-after-the-flag", "--api-key=key-after-equals", "--llm-config", config],
            environment.GetValueOrDefault
        );

        Assert.Equal(
            "[redacted] [redacted] [redacted] [redacted] [redacted]",
            redactor.Redact(
                "key-after-the-flag key-after-equals key-from-the-file key-from-openai-env key-from-azure-env"
            )
        );
    }

    [Fact]
    public void A_config_file_that_cannot_be_read_gives_no_key_and_no_error()
    {
        var redactor = ConfiguredKeys.Redactor(["generate", "--llm-config", "/nonexistent/llm.json"], _ => null);

        Assert.Equal("nothing secret here", redactor.Redact("nothing secret here"));
    }
}
