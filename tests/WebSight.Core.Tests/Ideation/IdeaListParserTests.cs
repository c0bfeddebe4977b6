using WebSight.Core.Foundation;
using WebSight.Core.Ideation;

namespace WebSight.Core.Tests.Ideation;

public sealed class IdeaListParserTests
{
    private static string Items(int count, Func<int, string>? line = null) =>
        string.Join(
            "\n",
            Enumerable.Range(1, count).Select(line ?? (i => $"{i}. A bakery website number {i} with a red hero"))
        );

    [Fact]
    public void Exactly_n_numbered_lines_parse_in_order_with_markup_and_a_line_of_prose_around_them()
    {
        var text =
            "Sure, here are ten ideas:\n\n"
            + Items(
                10,
                i => i % 2 == 0 ? $"**{i}.** A **bold** idea   number {i} here" : $"{i}) A plain idea number {i} here"
            )
            + "\n\nEnjoy!";
        var list = IdeaListParser.Parse(text, 10);
        Assert.Null(list.Refusal);
        Assert.Equal(10, list.Value!.Count);
        Assert.Equal("A plain idea number 1 here", list.Value[0]);
        Assert.Equal("A bold idea number 2 here", list.Value[1]);
    }

    [Theory]
    [InlineData(9, "9 numbered lines, expected exactly 10")]
    [InlineData(11, "11 numbered lines, expected exactly 10")]
    [InlineData(0, "0 numbered lines, expected exactly 10")]
    public void A_list_of_another_length_is_malformed(int count, string problem)
    {
        var list = IdeaListParser.Parse(Items(count), 10);
        Assert.Null(list.Value);
        Assert.Equal(problem, list.Refusal?.Detail);
        Assert.Equal(RejectReason.IdeaListMalformed, list.Refusal?.Reason);
    }

    [Fact]
    public void Blank_lines_between_items_are_fine_but_prose_between_items_is_not()
    {
        Assert.NotNull(IdeaListParser.Parse(Items(3).Replace("\n", "\n\n"), 3).Value);
        var broken =
            "1. A bakery website with a red hero\n   which also sells coffee\n2. A florist website with a green hero\n3. A museum website with a dark hero";
        Assert.Contains(
            "line 2 inside the list is not a numbered idea",
            IdeaListParser.Parse(broken, 3).Refusal?.Detail
        );
    }

    [Fact]
    public void Numbers_must_run_from_one_in_order()
    {
        var text =
            "1. A bakery website with a red hero\n3. A florist website with a green hero\n2. A museum website with a dark hero";
        Assert.Contains("item 2 is numbered 3", IdeaListParser.Parse(text, 3).Refusal?.Detail);
    }

    [Fact]
    public void Too_short_or_repeated_ideas_are_malformed()
    {
        Assert.Contains(
            "idea 2 is too short",
            IdeaListParser
                .Parse("1. A bakery website with a red hero\n2. Bakery\n3. A museum website with a dark hero", 3)
                .Refusal?.Detail
        );
        Assert.Contains(
            "idea 3 repeats",
            IdeaListParser
                .Parse(
                    "1. A bakery website with a red hero\n2. A florist site in green\n3. a bakery website with a red hero",
                    3
                )
                .Refusal?.Detail
        );
    }
}
