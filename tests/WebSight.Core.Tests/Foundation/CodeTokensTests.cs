using WebSight.Core.Foundation;

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
}
