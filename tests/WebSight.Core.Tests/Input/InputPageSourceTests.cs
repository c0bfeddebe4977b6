using System.Text;
using WebSight.Core.Foundation;
using WebSight.Core.Input;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Input;

public sealed class InputPageSourceTests
{
    [Fact]
    public async Task Html_files_are_read_in_path_order_with_non_utf8_bytes_replaced_not_refused()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("b"));
        File.WriteAllText(directory.Combine("b", "second.html"), "<html><body>two</body></html>");
        File.WriteAllBytes(
            directory.Combine("a.htm"),
            [0xEF, 0xBB, 0xBF, .. "<html><body>caf"u8, 0xE9, .. "</body></html>"u8]
        );
        File.WriteAllText(directory.Combine("notes.txt"), "not a page");

        var source = InputPageSource.Open(directory.Path);
        Assert.Equal(2, source.FixedSampleCount);
        var first = (await source.GenerateAsync(SampleSpec.For(0, 0), CancellationToken.None)).Value!;
        Assert.Equal("a.htm", first.Topic);
        Assert.Equal("<html><body>caf\uFFFD</body></html>", first.Html);
        var second = (await source.GenerateAsync(SampleSpec.For(0, 1), CancellationToken.None)).Value!;
        Assert.Equal("b/second.html", second.Topic);
        Assert.Equal("input", second.Generator);
    }

    [Fact]
    public async Task Json_lines_give_text_and_idea_and_a_bad_line_is_a_rejection_with_its_line_number()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("pages.jsonl");
        File.WriteAllText(
            path,
            "{\"text\": \"<html><body>one</body></html>\", \"llm_generated_idea\": \"A bakery\"}\n\n"
                + "not json at all\n"
                + "{\"html\": \"wrong field\"}\r\n"
                + "{\"text\": \"<html><body>four</body></html>\", \"topic\": \"t\"}",
            Encoding.UTF8
        );
        var source = InputPageSource.Open(path);
        Assert.Equal(4, source.FixedSampleCount);

        var one = (await source.GenerateAsync(SampleSpec.For(0, 0), CancellationToken.None)).Value!;
        Assert.Equal("A bakery", one.Idea);
        var bad = (await source.GenerateAsync(SampleSpec.For(0, 1), CancellationToken.None)).Refusal!;
        Assert.Equal(RejectReason.InputUnreadable, bad.Reason);
        Assert.Contains("line 2", bad.Detail);
        var wrongField = (await source.GenerateAsync(SampleSpec.For(0, 2), CancellationToken.None)).Refusal!;
        Assert.Contains("no string field 'text'", wrongField.Detail);
        var four = (await source.GenerateAsync(SampleSpec.For(0, 3), CancellationToken.None)).Value!;
        Assert.Equal("<html><body>four</body></html>", four.Html);
        Assert.Equal("t", four.Topic);
    }

    [Fact]
    public void A_missing_or_empty_input_is_a_usage_error_naming_the_flag()
    {
        using var directory = new TempDirectory();
        Assert.Equal(
            "--input",
            Assert.Throws<OptionsException>(() => InputPageSource.Open(directory.Combine("nope"))).Option
        );
        Assert.Equal("--input", Assert.Throws<OptionsException>(() => InputPageSource.Open(directory.Path)).Option);
    }
}
