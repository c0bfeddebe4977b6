using WebSight.Core.Llm;

namespace WebSight.Core.Tests.Llm;

public sealed class ThinkBlocksTests
{
    [Theory]
    [InlineData("<think>\nplan the page\n</think>\n\n<body>x</body>", "<body>x</body>")]
    [InlineData("<THINK>a</THINK><think>b</think>1. One idea here", "1. One idea here")]
    [InlineData("the template opened it\n</think>\n<body>x</body>", "<body>x</body>")]
    [InlineData("<think>\nstill reasoning when the limit hit", "")]
    [InlineData("<body><p>no reasoning at all</p></body>", "<body><p>no reasoning at all</p></body>")]
    public void Reasoning_before_the_answer_is_removed_and_an_answer_without_it_is_left_alone(
        string answer,
        string expected
    ) => Assert.Equal(expected, ThinkBlocks.Strip(answer));
}
