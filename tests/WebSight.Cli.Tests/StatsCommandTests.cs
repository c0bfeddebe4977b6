using System.Text.Json;
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
    public async Task Stats_reports_each_profiles_unknown_class_rate_from_classes_only_some_versions_know()
    {
        using var directory = new TempDirectory();
        // Per row, the share of its distinct classes each profile lacks (2.2.19 / 3.4.19 / 4.3.5):
        string[] rows =
        [
            "p-4 bg-opacity-50", // removed in 4: 0 / 0 / 1/2
            "p-4 bg-linear-to-r", // new in 4: 1/2 / 1/2 / 0
            "p-4 w-[350px] size-10 text-balance", // arbitrary values and v3 utilities: 3/4 / 0 / 0
            "p-4 m-2", // known to all: 0 / 0 / 0
        ];
        var lines = rows.Select(classes =>
            JsonSerializer.Serialize(
                new Dictionary<string, string>
                {
                    ["text"] =
                        $"<html>\n<body>\n<div class=\"{classes}\"><p>Harbour Lane Bakery bakes rye.</p></div>\n</body>\n</html>",
                }
            )
        );
        await File.WriteAllLinesAsync(directory.Combine("pages.jsonl"), lines);

        var result = await CliProcess.RunAsync("stats", directory.Path);

        Assert.True(result.ExitCode == 0, result.All);
        var report = DiversityReport.FromJson(await File.ReadAllTextAsync(directory.Combine("diversity.json")));
        var byProfile = report.UnknownClassesByProfile!.ToDictionary(p => p.Tailwind);
        Assert.Equal([2, 3, 4], byProfile.Keys.Order());
        AssertRates(byProfile[2], (0 + 0.5 + 0.75 + 0) / 4, 2 / 4.0);
        AssertRates(byProfile[3], (0 + 0.5 + 0 + 0) / 4, 1 / 4.0);
        AssertRates(byProfile[4], (0.5 + 0 + 0 + 0) / 4, 1 / 4.0);
    }

    private static void AssertRates(ProfileUnknownClasses figures, double meanShare, double rowsWithUnknown)
    {
        Assert.Equal(meanShare, figures.MeanUnknownShare, precision: 9);
        Assert.Equal(rowsWithUnknown, figures.RowsWithUnknown, precision: 9);
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
