using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Generation.Profiles;
using WebSight.Core.Pipeline;
using WebSight.Core.Rendering;
using WebSight.Core.Setup;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Setup;

/// <summary>
/// The Tailwind 3 and 4 profiles with the real compilers the bootstrap installs: which classes each knows, the
/// validator's verdict by profile, the template pages rewritten into each idiom, and a whole run with profile 4
/// read back by DuckDB.
/// </summary>
public sealed partial class TailwindProfileTests
{
    private const string Words =
        "<p>Harbour Lane Bakery bakes sourdough, rye and seeded loaves every morning before the doors open at seven.</p>";

    [Fact]
    public void Each_compiler_knows_its_versions_idioms_and_not_what_it_dropped()
    {
        using var v3 = CompiledClasses.Start(TailwindProfile.V3);
        using var v4 = CompiledClasses.Start(TailwindProfile.V4);
        string[] modern = ["w-[350px]", "bg-[#1da1f2]", "size-10", "text-balance", "hover:bg-sky-600/50", "group"];
        Assert.Empty(v3.Unknown(modern));
        Assert.Empty(v4.Unknown(modern));
        Assert.Equal(["not-a-class"], v4.Unknown(["p-4", "not-a-class"]));
        // Removed in 4, still in 3; new in 4 only.
        Assert.Equal(["bg-opacity-50"], v4.Unknown(["bg-opacity-50", "bg-red-500"]));
        Assert.Empty(v3.Unknown(["bg-opacity-50"]));
        Assert.Equal(["bg-linear-to-r"], v3.Unknown(["bg-linear-to-r"]));
        Assert.Empty(v4.Unknown(["bg-linear-to-r"]));
        // The static 2.2.19 sheet knows none of the arbitrary values.
        Assert.Equal(5, Shared.Rules.Unknown(modern).Count);
    }

    [Fact]
    public void The_validator_judges_unknown_classes_by_the_runs_profile()
    {
        var html = ProfiledPages.WithHead(
            PageWrapper.Wrap("m-0", $"<div class=\"w-[350px] size-10 text-balance bg-[#1da1f2]\">{Words}</div>"),
            TailwindProfile.V4
        );
        var page = new GeneratedPage(SampleSpec.For(0, 0), html, "idea", "t", "t", [], null);
        using var v4 = CompiledClasses.Start(TailwindProfile.V4);
        var accepted = new HtmlValidator(new ValidationOptions(), v4).Validate(page);
        Assert.True(accepted.Passed, accepted.Refusal?.Detail);
        Assert.Equal(0, accepted.Value!.Metrics.UnknownClassTokens);
        // The CDN script of the profile is the page's stylesheet, not a script the validator refuses.
        Assert.Contains(TailwindProfile.V4.HeadMarkup, accepted.Value.Page.Html);

        var refused = new HtmlValidator(new ValidationOptions(), Shared.Rules).Validate(page);
        Assert.Equal(RejectReason.UnknownClasses, refused.Refusal!.Reason);
        Assert.Contains("are not Tailwind 2.2.19", refused.Refusal.Detail);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Template_pages_rewritten_for_a_profile_use_only_classes_its_compiler_knows(int version)
    {
        var profile = TailwindProfile.For(version);
        using var compiled = CompiledClasses.Start(profile);
        var classes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 150; i++)
        {
            var html = TailwindIdioms.Apply(Shared.Generator.Generate(SampleSpec.For(3, i)).Html, profile);
            foreach (Match match in ClassAttribute().Matches(html))
                classes.UnionWith(match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        Assert.True(classes.Count > 500, $"{classes.Count} classes");
        Assert.Empty(compiled.Unknown(classes));
        Assert.Contains(classes, c => c.StartsWith("size-", StringComparison.Ordinal));
        Assert.Contains("text-balance", classes);
        Assert.Contains(classes, c => Regex.IsMatch(c, @"^(?:[a-z0-9-]+:)*(?:w|h|size)-\[\d+px\]$"));
        Assert.Contains(classes, c => Regex.IsMatch(c, @"^(?:[a-z0-9-]+:)*max-w-\[\d+px\]$"));
        Assert.Contains(classes, c => Regex.IsMatch(c, @"^(?:[a-z0-9-]+:)*tracking-\[-?0\.\d+em\]$"));
        // Half the class lists keep the scale names.
        Assert.Contains(classes, c => Regex.IsMatch(c, @"^(?:[a-z0-9-]+:)*tracking-wide"));
        if (version == 4)
        {
            Assert.Contains(classes, c => Regex.IsMatch(c, @"^bg-[a-z]+-\d+/\d+$"));
            Assert.Contains(classes, c => c.StartsWith("bg-linear-to-", StringComparison.Ordinal));
            Assert.DoesNotContain(classes, c => c.Contains("bg-gradient-to-", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(
        "w-12 h-12 bg-sky-600 bg-opacity-50 shadow rounded transform",
        4,
        "size-[48px] bg-sky-600/50 shadow-sm rounded-sm"
    )]
    [InlineData(
        "w-12 h-12 bg-sky-600 bg-opacity-50 shadow rounded transform",
        3,
        "size-[48px] bg-sky-600 bg-opacity-50 shadow rounded"
    )]
    [InlineData(
        "bg-white hover:bg-opacity-90 flex-shrink-0 md:w-8 md:h-8 ring",
        4,
        "bg-white shrink-0 md:size-8 ring-3 hover:bg-white/90"
    )]
    [InlineData("text-4xl font-bold", 3, "text-4xl font-bold text-balance")]
    // The hash of the written list picks the first for arbitrary values and leaves the second on the scale.
    [InlineData("max-w-6xl mx-auto tracking-wider", 3, "max-w-[1152px] mx-auto tracking-[0.05em]")]
    [InlineData("max-w-6xl mx-auto px-6 tracking-wider", 3, "max-w-6xl mx-auto px-6 tracking-wider")]
    [InlineData(
        "w-64 h-64 md:w-80 tracking-widest bg-gradient-to-r",
        4,
        "size-[256px] md:w-[320px] tracking-[0.1em] bg-linear-to-r"
    )]
    public void Class_lists_are_rewritten_into_the_profiles_idiom(string classes, int version, string expected) =>
        Assert.Equal(expected, TailwindIdioms.Rewrite(classes, TailwindProfile.For(version)));

    [Fact]
    public async Task A_profile_4_run_stores_openable_pages_a_tailwind_column_and_the_profile_in_run_json()
    {
        using var directory = new TempDirectory();
        var options = new RunOptions
        {
            Count = 3,
            OutputDirectory = directory.Path,
            Seed = 11,
            Render = new RenderOptions { Workers = 1 },
            Tailwind = TailwindProfile.V4,
        };
        var source = PageSources.Create(options, new RunStats());
        var outcome = await Shared.Runner(options, source, new RunStats()).RunAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, outcome.Status);
        var glob = directory.Combine("data", "*.parquet");
        foreach (var row in DuckDb.Query($"SELECT tailwind, text, image.bytes FROM read_parquet('{glob}')"))
        {
            Assert.Equal("4.3.5", row[0]);
            var text = (string)row[1]!;
            Assert.Contains(TailwindProfile.V4.HeadMarkup, text);
            Assert.DoesNotContain(PageWrapper.TailwindCdnUrl, text);
            Assert.True(DecodedImage.Decode((byte[])row[2]!).LooksNonBlank);
        }
        var manifest = JsonNode.Parse(File.ReadAllText(directory.Combine("run.json")))!;
        Assert.Equal(4, manifest["tailwind"]!.GetValue<int>());
        Assert.Contains("Tailwind CSS 4.3.5", File.ReadAllText(directory.Combine("README.md")));
    }

    [GeneratedRegex("class=\"([^\"]*)\"")]
    private static partial Regex ClassAttribute();
}
