using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

/// <summary>What the validator lets through for real pages: resources under a rendering policy, and two optional filters.</summary>
public sealed class RealPageValidationTests
{
    private const string Words =
        "<p>A real page about harbours, ferries and the timetable of the morning boats across the bay.</p>";

    private const string RealPage =
        "<!doctype html><html><head><link rel=\"stylesheet\" href=\"https://cdn.example.com/site.css\">"
        + "<link rel=\"stylesheet\" href=\"css/local.css\"><script src=\"/js/app.js\"></script>"
        + "<style>@import url(theme.css); body { background: url('img/bg.jpg') }</style></head>"
        + "<body><img src=\"https://images.example.com/a.jpg\" srcset=\"a-2x.jpg 2x\" alt=\"a\" onload=\"track()\">"
        + "<iframe src=\"https://video.example.com/embed\"></iframe>"
        + Words
        + "</body></html>";

    private static StepResult<ValidatedPage> Validate(string html, ValidationOptions options) =>
        Shared
            .Validator(options)
            .Validate(new GeneratedPage(SampleSpec.For(0, 0), html, "", "real", "input", [], null));

    private static ValidationOptions Real(ResourcePolicy policy) =>
        new() { Resources = policy, MaxUnknownClassShare = 1 };

    [Theory]
    [InlineData("placeholder")]
    [InlineData("local")]
    public void Under_a_rendering_policy_external_and_relative_resources_and_inert_scripts_pass_as_given(string policy)
    {
        var result = Validate(RealPage, Real(ResourcePolicies.Parse(policy)));

        Assert.True(result.Passed, result.Refusal?.Detail);
        Assert.Equal(RealPage, result.Value!.Page.Html);
    }

    [Fact]
    public void Under_reject_the_same_page_is_refused_as_today()
    {
        var withoutScripts = RealPage
            .Replace("<script src=\"/js/app.js\"></script>", "")
            .Replace(" onload=\"track()\"", "");

        Assert.Equal(RejectReason.Script, Validate(RealPage, Real(ResourcePolicy.Reject)).Refusal!.Reason);
        Assert.Equal(
            RejectReason.ForeignResource,
            Validate(withoutScripts, Real(ResourcePolicy.Reject)).Refusal!.Reason
        );
    }

    [Fact]
    public void Scripts_still_refuse_a_page_when_the_renderer_would_run_them_and_a_meta_refresh_always_does()
    {
        var refresh = RealPage.Replace("<head>", "<head><meta http-equiv=\"refresh\" content=\"5\">");
        var options = new ValidationOptions { Resources = ResourcePolicy.Placeholder, MaxUnknownClassShare = 1 };

        Assert.Equal(RejectReason.MetaRefresh, Validate(refresh, options).Refusal!.Reason);
        Assert.True(options.ScriptsInert);
        Assert.False(
            new ValidationOptions { Resources = ResourcePolicy.Placeholder, AllowScripts = true }.ScriptsInert
        );
    }

    [Fact]
    public void Lorem_ipsum_and_several_bodies_are_refused_by_default_and_accepted_when_allowed()
    {
        var lorem = $"<html><body>{Words}<p>Lorem ipsum dolor sit amet.</p></body></html>";
        var bodies = $"<html><body class=\"a\">{Words}</body><body class=\"b\"><p>More words here.</p></body></html>";
        var options = Real(ResourcePolicy.Placeholder);
        var relaxed = new ValidationOptions
        {
            Resources = ResourcePolicy.Placeholder,
            MaxUnknownClassShare = 1,
            AllowLoremIpsum = true,
            AllowSeveralBodies = true,
        };

        Assert.Equal(RejectReason.LoremIpsum, Validate(lorem, options).Refusal!.Reason);
        Assert.Equal(RejectReason.BodyCount, Validate(bodies, options).Refusal!.Reason);
        Assert.True(Validate(lorem, relaxed).Passed);
        var merged = Validate(bodies, relaxed);
        Assert.True(merged.Passed, merged.Refusal?.Detail);
        // Parsed as a browser does: one body holding both bodies' words.
        Assert.Equal(
            Validate($"<html><body>{Words}<p>More words here.</p></body></html>", relaxed).Value!.Metrics.VisibleWords,
            merged.Value!.Metrics.VisibleWords
        );
        Assert.Equal(bodies, merged.Value.Page.Html);
    }
}
