using AngleSharp.Html.Parser;
using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Setup;
using WebSight.Core.Styling;
using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Styling;

/// <summary>What the converter writes for a `render` input page: landmark names, shared classes, rewritten variants.</summary>
public sealed class CssConverterTests
{
    private const string InputPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Harbour Bakery</title>
        <link href="https://cdn.jsdelivr.net/npm/tailwindcss@2.2.19/dist/tailwind.min.css" rel="stylesheet"></head>
        <body class="bg-white text-gray-900">
        <nav class="flex space-x-4 p-4"><a class="text-sm hover:underline" href="#">Bread</a><a class="text-sm hover:underline" href="#">Cakes</a></nav>
        <main class="p-8">
          <h1 class="text-4xl font-bold md:text-6xl">Fresh every morning</h1>
          <div class="group p-4 rounded shadow"><h2 class="text-xl group-hover:text-red-600">Rye</h2>
          <input class="border placeholder-gray-400" placeholder="Your e-mail"></div>
        </main>
        <footer class="p-4 text-xs">Open daily from seven.</footer>
        </body>
        </html>
        """;

    [Fact]
    public void An_input_page_gets_landmark_names_shared_classes_and_every_variant_rewritten()
    {
        using var styling = new StylingStage(TailwindProfile.V2, Shared.Rules);
        var page = new GeneratedPage(SampleSpec.For(1, 0), InputPage, "idea", "topic", "input", []);
        var html = styling.Convert(page).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>", html);
        Assert.Equal(["nav-link", "nav-link"], document.QuerySelectorAll("nav a").Select(a => a.ClassName));
        Assert.Equal("main-title", document.QuerySelector("h1")!.ClassName);
        Assert.Equal("main-card", document.QuerySelector("main div")!.ClassName);
        Assert.Equal("footer-section", document.QuerySelector("footer")!.ClassName);
        Assert.Null(DefinedClassCheck.Problem(document));
        var css = document.QuerySelector("style")!.TextContent;
        Assert.Contains(".nav-link:hover {", css);
        Assert.Contains(".nav-section>:not([hidden])~:not([hidden]) {", css);
        Assert.Contains(".main-card:hover .main-heading {", css);
        Assert.Contains(".main-field::placeholder {", css);
        Assert.Matches(@"@media \(min-width:768px\) \{\n  \.main-title \{\n    font-size: 3.75rem;", css);
        // Base rules for elements the page lacks are left out; those it has stay.
        Assert.DoesNotContain("abbr", css);
        Assert.DoesNotContain(":-moz-", css);
        Assert.Contains("h1, h2", css);
    }

    [Fact]
    public void A_page_without_tailwind_passes_as_it_is()
    {
        using var styling = new StylingStage(TailwindProfile.V2, Shared.Rules);
        const string html = "<html><head><style>.a{color:red}</style></head><body><p class=\"a\">Hi</p></body></html>";
        var page = new GeneratedPage(SampleSpec.For(1, 0), html, "idea", "topic", "input", []);
        Assert.Same(page, styling.Convert(page));
    }
}
