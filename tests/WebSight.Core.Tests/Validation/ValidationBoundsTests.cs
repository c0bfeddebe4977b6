using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

/// <summary>No page holds a validation worker for long: each slow path is refused by a limit, and anything else by the budget.</summary>
public sealed class ValidationBoundsTests
{
    private const string Words =
        "<p class=\"p-4 text-gray-700\">We roast every Tuesday in our Alder Street shop and deliver by Thursday.</p>";

    private static StepResult<ValidatedPage> Validate(
        string body,
        ValidationOptions? options = null,
        TimeProvider? time = null
    ) =>
        new HtmlValidator(options ?? new(), Shared.Rules, time).Validate(
            new GeneratedPage(SampleSpec.For(0, 0), PageWrapper.Wrap("bg-white", Words + body), "idea", "t", "t", [])
        );

    [Fact]
    public void Twenty_thousand_nested_divs_are_refused_as_too_deep_while_parsing()
    {
        // Parsing all of them took 15 s; the parse now stops at the first element past the limit.
        var result = Validate(string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x");
        Assert.Equal(RejectReason.TooDeep, result.Refusal?.Reason);
        Assert.Equal("elements nested over 256 deep, limit 256", result.Refusal?.Detail);
    }

    [Fact]
    public void Nesting_within_the_limit_passes()
    {
        var result = Validate(string.Concat(Enumerable.Repeat("<div>", 200)) + Words);
        Assert.True(result.Passed, result.Refusal?.Detail);
    }

    [Fact]
    public void Misnested_formatting_elements_stop_the_parse_at_the_error_past_the_limit()
    {
        var result = Validate(string.Concat(Enumerable.Repeat("<b><p>x</b></p>", 15_000)));
        Assert.Equal(RejectReason.ParseErrors, result.Refusal?.Reason);
        Assert.Equal("over 20 parse errors, limit 20", result.Refusal?.Detail);
    }

    [Fact]
    public void The_element_limit_is_enforced_while_parsing()
    {
        var result = Validate(
            "<table>" + string.Concat(Enumerable.Repeat("<a>x</a>", 30_000)),
            new ValidationOptions { MaxParseErrors = 1_000_000 }
        );
        Assert.Equal(RejectReason.TooManyElements, result.Refusal?.Reason);
        Assert.Equal("over 10000 elements, limit 10000", result.Refusal?.Detail);
    }

    [Fact]
    public void A_page_whose_checks_outlast_the_budget_is_refused_with_validation_budget()
    {
        // Each reading of the clock moves it on 100 ms: a budget of one second is spent after ten readings.
        var result = Validate(
            string.Concat(Enumerable.Repeat("<span class=\"p-1\">w</span>", 50)),
            new ValidationOptions { Budget = TimeSpan.FromSeconds(1) },
            new SteppingClock(TimeSpan.FromMilliseconds(100))
        );
        Assert.Equal(RejectReason.ValidationBudget, result.Refusal?.Reason);
        Assert.Equal("checks took longer than 1000 ms", result.Refusal?.Detail);
    }

    [Fact]
    public void The_same_page_passes_within_the_budget()
    {
        var result = Validate(
            string.Concat(Enumerable.Repeat("<span class=\"p-1\">w</span>", 50)),
            new ValidationOptions { Budget = TimeSpan.FromSeconds(1) },
            new SteppingClock(TimeSpan.FromTicks(1))
        );
        Assert.True(result.Passed, result.Refusal?.Detail);
    }

    [Fact]
    public async Task A_crafted_css_url_list_is_read_in_linear_time_and_refused()
    {
        // 60,000 unclosed url( took minutes with the old expression; the hang guard is generous, not a timing claim.
        var style = string.Concat(Enumerable.Repeat("url(", 60_000));
        var result = await Task.Run(() => Validate($"<div class=\"h-8\" style=\"{style}\"></div>"))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(RejectReason.LocalResource, result.Refusal?.Reason);
    }

    [Fact]
    public void Bad_bounds_fail_at_start_up_naming_the_flag()
    {
        Assert.Equal(
            "--max-depth",
            Assert.Throws<OptionsException>(() => Shared.Validator(new() { MaxDepth = 4 })).Option
        );
        Assert.Equal(
            "--validation-budget-ms",
            Assert.Throws<OptionsException>(() => Shared.Validator(new() { Budget = TimeSpan.Zero })).Option
        );
    }

    /// <summary>A clock that moves on by a fixed step each time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _now, step.Ticks);
    }
}
