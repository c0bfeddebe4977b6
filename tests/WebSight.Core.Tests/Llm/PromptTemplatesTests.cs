using WebSight.Core.Foundation;
using WebSight.Core.Ideation;
using WebSight.Core.Llm;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Llm;

public sealed class PromptTemplatesTests
{
    private static readonly Topic Bakery = new("bakery", "Bakery", "a neighbourhood bakery");

    [Fact]
    public void The_embedded_prompts_fill_in_every_variable()
    {
        var prompts = PromptTemplates.Load(null);
        var ideas = prompts.RenderIdeas(
            7,
            Bakery,
            ["red", "green"],
            ["a pricing table", "a sidebar", "a photo gallery"],
            "retro sites of budget places for students in a Japanese village"
        );
        Assert.Contains("exactly 7 lines", ideas);
        Assert.Contains("\"Bakery\" (a neighbourhood bakery)", ideas);
        Assert.Contains("red or green", ideas);
        Assert.Contains("a pricing table, a sidebar, a photo gallery", ideas);
        Assert.Contains(
            "angle for the whole list: retro sites of budget places for students in a Japanese village.",
            ideas
        );
        Assert.DoesNotContain("{{", ideas);
        Assert.DoesNotContain("Variables:", ideas);

        var page = prompts.RenderPage(PromptKind.Page, "Crumb, a harbour bakery with a sticky bar.", "Bakery");
        Assert.Contains("Crumb, a harbour bakery with a sticky bar.", page);
        Assert.Contains(PromptTemplates.ImageUrlScheme, page);
        Assert.Contains("https://source.unsplash.com/random/800x600/?fresh%20bread", page);
        Assert.Contains("Tailwind CSS 2.2.19", page);
        Assert.Contains("lorem ipsum", page);
        var table = prompts.RenderPage(PromptKind.TablePage, "Crumb, a harbour bakery with a sticky bar.", "Bakery");
        Assert.Contains("<table>", table);
    }

    [Fact]
    public void A_prompts_directory_overrides_the_embedded_prompts()
    {
        using var directory = new TempDirectory();
        WriteSet(directory.Path, ideas: "List {{ count }} sites about {{ topic }}.");
        var prompts = PromptTemplates.Load(directory.Path);
        Assert.Equal(
            "List 3 sites about Bakery.",
            prompts.RenderIdeas(3, Bakery, ["red"], ["a sidebar"], "retro sites")
        );
    }

    [Fact]
    public void A_variable_we_do_not_provide_is_a_start_up_error_naming_the_file_and_the_variables()
    {
        using var directory = new TempDirectory();
        WriteSet(directory.Path, page: "Write {{ idea }} for {{ company_name }}.");
        var error = Assert.Throws<OptionsException>(() => PromptTemplates.Load(directory.Path));
        Assert.Equal("--prompts", error.Option);
        Assert.Contains("page.sbn", error.Message);
        Assert.Contains("company_name", error.Message);
        Assert.Contains("image_url_scheme", error.Message);
    }

    [Fact]
    public void A_missing_file_or_a_syntax_error_is_a_start_up_error()
    {
        using var directory = new TempDirectory();
        WriteSet(directory.Path);
        File.Delete(Path.Combine(directory.Path, "table-page.sbn"));
        Assert.Contains(
            "lacks table-page.sbn",
            Assert.Throws<OptionsException>(() => PromptTemplates.Load(directory.Path)).Message
        );
        WriteSet(directory.Path, ideas: "{{ if count }}");
        Assert.Contains(
            "does not parse",
            Assert.Throws<OptionsException>(() => PromptTemplates.Load(directory.Path)).Message
        );
    }

    private static void WriteSet(string directory, string ideas = "{{ count }} ideas", string page = "Page: {{ idea }}")
    {
        File.WriteAllText(Path.Combine(directory, "ideas.sbn"), ideas);
        File.WriteAllText(Path.Combine(directory, "page.sbn"), page);
        File.WriteAllText(Path.Combine(directory, "table-page.sbn"), "Table page: {{ idea }}");
    }
}
