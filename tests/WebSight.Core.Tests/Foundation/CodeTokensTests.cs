using WebSight.Core.Foundation;
using WebSight.Core.Generation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Foundation;

public sealed class CodeTokensTests
{
    [Fact]
    public void Code_is_counted_in_o200k_tokens_offline()
    {
        Assert.Equal(0, CodeTokens.Count(""));
        // "hello world" is two o200k tokens; markup splits into more pieces than prose.
        Assert.Equal(2, CodeTokens.Count("hello world"));
        var page = "<div class=\"p-4 text-gray-700\">Fresh bread every morning.</div>";
        Assert.InRange(CodeTokens.Count(page), 10, 30);
        Assert.InRange(CodeTokens.Count(page + page), 2 * CodeTokens.Count(page) - 1, 2 * CodeTokens.Count(page) + 1);
    }

    [Theory]
    [InlineData("Hello World's 12345 don'T we'RE they'll I'd x\r\n\r\n  y")]
    [InlineData("日本語のテキスト、漢字。中文页面 你好！東京都渋谷区")]
    [InlineData("Ünïcödé ÀB façade naïve ŁÓDŹ żółć Ærø")]
    [InlineData("a\t\t b  \n\n  c \u00a0 d\u2003e\v\f")]
    [InlineData("emoji 😀😀 end 𠀋𠀋")]
    [InlineData("x  ")]
    [InlineData("   ")]
    [InlineData("'s 're I'LL ' 'x")]
    [InlineData("١٢٣٤ ½ Ⅻ 1234567 3.50 $1,299.99")]
    [InlineData("e\u0301clair \u0301x Ab\u0301C")]
    [InlineData("a/\n/b ///\r\n \"> </div>\n  <p class=\"md:w-1/2\">")]
    [InlineData("ABCdef DEFg HIJ McDONALD iPhone XMLHttpRequest")]
    [InlineData("<|endoftext|> hi")]
    public void The_fast_split_counts_exactly_as_the_tokenizer_library(string text) =>
        Assert.Equal(CodeTokens.CountByLibrary(text), CodeTokens.Count(text));

    [Fact]
    public void Generated_pages_of_every_archetype_count_exactly_as_the_tokenizer_library()
    {
        var pages = Enumerable.Range(0, 160).Select(i => Shared.Generator.Generate(SampleSpec.For(71, i)).Html);
        Assert.All(pages, html => Assert.Equal(CodeTokens.CountByLibrary(html), CodeTokens.Count(html)));
    }
}
