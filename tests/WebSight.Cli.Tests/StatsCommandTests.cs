using System.Text.RegularExpressions;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Diversity;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests;

/// <summary>`websight stats` as a user runs it: a table, diversity.json, the card section, clear errors.</summary>
public sealed class StatsCommandTests
{
    [Fact]
    public async Task Stats_writes_a_diversity_json_that_parses_and_one_card_section_however_often_it_runs()
    {
        using var directory = new TempDirectory();
        var generate = await CliProcess.RunAsync("generate", "--html-only", "--count", "20", "--out", directory.Path);
        Assert.True(generate.ExitCode == 0, generate.All);

        var first = await CliProcess.RunAsync("stats", directory.Path);
        var second = await CliProcess.RunAsync("stats", directory.Path);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Contains("section skeletons", first.Output);
        var report = DiversityReport.FromJson(await File.ReadAllTextAsync(directory.Combine("diversity.json")));
        Assert.Equal(20, report.Pages);
        Assert.Equal("pages.jsonl", report.Source);
        Assert.True(report.Sentences.Distinct > 0);
        Assert.Null(report.PageHeight);
        Assert.NotNull(report.CodeTokens);
        var card = await File.ReadAllTextAsync(directory.Combine("README.md"));
        Assert.Single(Regex.Matches(card, "^## Diversity$", RegexOptions.Multiline));
    }

    [Fact]
    public async Task A_directory_that_holds_no_dataset_exits_2_with_a_message_naming_it()
    {
        using var directory = new TempDirectory();

        var result = await CliProcess.RunAsync("stats", directory.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(directory.Path, result.Error);
        Assert.Contains("holds no dataset", result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.False(File.Exists(directory.Combine("diversity.json")));
    }
}
