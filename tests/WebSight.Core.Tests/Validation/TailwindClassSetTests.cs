using WebSight.Core.Tests.Support;
using WebSight.Core.Validation;

namespace WebSight.Core.Tests.Validation;

public sealed class TailwindClassSetTests
{
    [Theory]
    [InlineData("container")]
    [InlineData("bg-indigo-600")]
    [InlineData("md:grid-cols-3")]
    [InlineData("hover:bg-pink-700")]
    [InlineData("2xl:container")]
    [InlineData("w-1/2")]
    [InlineData("space-y-0.5")]
    [InlineData("-mt-4")]
    [InlineData("group-hover:text-white")]
    [InlineData("focus:ring-2")]
    public void Classes_the_stylesheet_defines_are_known(string name) =>
        Assert.True(Shared.Classes.Contains(name), name);

    [Theory]
    [InlineData("w-[300px]")]
    [InlineData("bg-sky-500")]
    [InlineData("aspect-video")]
    [InlineData("line-clamp-2")]
    [InlineData("5rem")]
    [InlineData("tailwind")]
    public void Names_it_does_not_define_are_unknown(string name) => Assert.False(Shared.Classes.Contains(name), name);

    [Fact]
    public void Only_selectors_are_read_not_declarations_or_comments()
    {
        var set = TailwindClassSet.FromStylesheet(
            "/* .commented{} */@media (min-width:640px){.sm\\:p-4{padding:.5rem}}.a,.b:hover>.c{margin:1.5rem}"
        );
        Assert.True(set.Contains("sm:p-4"));
        Assert.True(set.Contains("a") && set.Contains("b") && set.Contains("c"));
        Assert.False(set.Contains("commented"));
        Assert.False(set.Contains("5rem"));
        Assert.Equal(4, set.Count);
    }
}
