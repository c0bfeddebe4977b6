using System.Text.Json;
using WebSight.Cli.Commands;
using WebSight.Cli.Tests.Support;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Quality;
using WebSight.Core.Rendering;
using WebSight.Core.Validation;
using WebSight.Core.Writing;

namespace WebSight.Cli.Tests.Commands;

/// <summary>The pipeline's flags as `generate` binds them: defaults from the Core options, problems under their flag.</summary>
public sealed class RunCommandSettingsTests
{
    [Theory]
    [InlineData("--viewport-width", "0")]
    [InlineData("--viewport-height", "0")]
    [InlineData("--device-scale-factor", "9")]
    [InlineData("--quality", "0")]
    [InlineData("--max-height", "100")]
    [InlineData("--workers", "0")]
    [InlineData("--page-timeout", "0")]
    [InlineData("--min-words", "-1")]
    [InlineData("--max-parse-errors", "-1")]
    [InlineData("--max-html-kb", "0")]
    [InlineData("--max-elements", "0")]
    [InlineData("--max-unknown-class-share", "2")]
    [InlineData("--qa-min-luma-stddev", "-1")]
    [InlineData("--qa-max-dominant-share", "0")]
    [InlineData("--qa-min-content-share", "1")]
    [InlineData("--qa-max-overflow-px", "-1")]
    [InlineData("--qa-max-broken-images", "-1")]
    [InlineData("--qa-max-text-overflow", "-1")]
    [InlineData("--dedup-image-distance", "32")]
    [InlineData("--dedup-text-distance", "32")]
    [InlineData("--part-rows", "0")]
    [InlineData("--shard-size-mb", "0")]
    public void An_out_of_range_value_is_reported_under_exactly_the_flag_that_carried_it(string flag, string value)
    {
        var settings = InProcessCli.Bind<GenerateSettings>("--count", "1", "--out", "out", flag, value);

        var problem = Assert.Throws<OptionsException>(() => settings.ToOptions().Validate());

        Assert.Equal(flag, problem.Option);
        Assert.StartsWith(flag + ": ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_left_out_give_exactly_the_defaults_of_the_Core_options()
    {
        var options = InProcessCli.Bind<GenerateSettings>("--count", "1", "--out", "out").ToOptions();

        Assert.Equal(TemplateGenerator.GeneratorName, options.Generator);
        Assert.Equal(Json(new TemplateGeneratorOptions()), Json(options.Templates));
        Assert.Equal(Json(new ValidationOptions()), Json(options.Validation));
        Assert.Equal(Json(new RenderOptions()), Json(options.Render));
        Assert.Equal(Json(new QualityOptions()), Json(options.Quality));
        Assert.Equal(Json(new WritingOptions()), Json(options.Writing));
    }

    [Theory]
    [InlineData("tailwind", null, TemplateGeneratorOptions.DefaultMaxCodeTokens)]
    [InlineData("css", null, TemplateGeneratorOptions.DefaultCssMaxCodeTokens)]
    [InlineData("css", "3000", 3000)]
    public void The_token_budget_defaults_to_twice_the_room_for_plain_css_unless_given(
        string styling,
        string? budget,
        int expected
    )
    {
        string[] args = ["--count", "1", "--out", "out", "--styling", styling];
        if (budget is not null)
            args = [.. args, TemplateGeneratorOptions.MaxCodeTokensFlag, budget];

        var options = InProcessCli.Bind<GenerateSettings>(args).ToOptions();

        Assert.Equal(expected, options.Templates.MaxCodeTokens);
    }

    private static string Json<T>(T options) => JsonSerializer.Serialize(options);
}
