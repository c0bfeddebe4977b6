using WebSight.Cli.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>Malformed --viewports and --split values are usage errors naming the flag, before anything is written.</summary>
public sealed class ViewportAndSplitFlagsTests
{
    [Theory]
    [InlineData("--viewports", "desktop=1280x800")]
    [InlineData("--viewports", "desktop=1280by800@2")]
    [InlineData("--viewports", "desktop=100x800@2")]
    [InlineData("--viewports", "phone=390x844@0")]
    [InlineData("--viewports", "phone=390x844@4.5")]
    [InlineData("--viewports", "phone=390x844@3,phone=412x915@2")]
    [InlineData("--viewports", "Phone!=390x844@3")]
    [InlineData("--split", "validation=0.1")]
    [InlineData("--split", "test=0")]
    [InlineData("--split", "test=0.6")]
    [InlineData("--split", "test")]
    public async Task A_malformed_value_is_a_usage_error_naming_the_flag(string flag, string value)
    {
        foreach (var command in new[] { "generate", "render" })
        {
            string[] arguments =
                command == "generate"
                    ? ["generate", "--count", "3", "--out", "x", flag, value]
                    : ["render", "--input", ".", "--out", "x", flag, value];
            var result = await CliProcess.RunAsync(arguments);
            Assert.True(result.ExitCode == 2, $"{command} {flag} {value}: {result.All}");
            Assert.Contains(flag + ":", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.All);
            Assert.False(Directory.Exists("x"), "nothing may be written on bad usage");
        }
    }
}
