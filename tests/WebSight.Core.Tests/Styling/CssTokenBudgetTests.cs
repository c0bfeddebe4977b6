using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Styling;

/// <summary>`--max-code-tokens` under `--styling css`: the budget holds for the CSS page that is written.</summary>
public sealed class CssTokenBudgetTests
{
    [Fact]
    public async Task Css_pages_stay_under_the_budget_and_a_page_that_fits_is_its_tailwind_page_converted()
    {
        var options = new TemplateGeneratorOptions();
        using var pages = new CssTemplatePages(options, TailwindProfile.V2, Shared.Rules);
        using var styling = new StylingStage(TailwindProfile.V2, Shared.Rules);
        var tailwind = new TemplateGenerator(options);
        var convertedAsBefore = 0;
        for (var index = 0; index < 30; index++)
        {
            var spec = SampleSpec.For(8, index);
            var page = (await pages.GenerateAsync(spec, CancellationToken.None)).Value!;
            Assert.True(
                CodeTokens.Count(page.Html) <= options.MaxCodeTokens,
                $"page {index}: {CodeTokens.Count(page.Html)}"
            );
            // Converting the Tailwind page afterwards, as runs did, would have gone over for the longer ones.
            var before = styling.Convert(tailwind.Generate(spec)).Html;
            if (before == page.Html)
                convertedAsBefore++;
        }
        Assert.InRange(convertedAsBefore, 1, 29);
    }
}
