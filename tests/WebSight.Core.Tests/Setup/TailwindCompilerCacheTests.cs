using WebSight.Core.Setup;

namespace WebSight.Core.Tests.Setup;

/// <summary>
/// The compiler worker keeps its caches warm between pages (3: per-class rules; 4: the next compiler made ahead).
/// A page compiled after others must still get exactly the CSS it gets from a worker that saw nothing before it:
/// the same rules, in the same order, and none of an earlier page's classes. (A run's renderers and validator share
/// one worker per profile; once every lease is disposed the next lease starts a fresh worker.)
/// </summary>
public sealed class TailwindCompilerCacheTests
{
    private static readonly string[] First =
    [
        "flex",
        "items-center",
        "p-4",
        "bg-white",
        "text-gray-700",
        "rounded-lg",
        "shadow",
        "font-sans",
    ];

    // Overlaps the first page (p-4, bg-white, rounded-lg, shadow) and adds its own classes.
    private static readonly string[] Overlapping =
    [
        "p-4",
        "bg-white",
        "rounded-lg",
        "shadow",
        "grid",
        "grid-cols-3",
        "gap-6",
        "text-sky-600",
        "border",
        "only-on-the-second",
    ];

    private static readonly string[] WithVariants =
    [
        "p-4",
        "md:p-8",
        "md:grid-cols-[200px_1fr]",
        "hover:bg-sky-600",
        "focus-visible:ring-2",
        "w-[350px]",
        "bg-[#1da1f2]",
        "tracking-[0.2em]",
        "lg:hover:text-white",
        "size-10",
        "text-balance",
        "[&>*]:mt-2",
        "dark:bg-gray-900",
        "space-y-4",
    ];

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Pages_compiled_in_sequence_get_exactly_the_css_each_gets_alone(int version)
    {
        var profile = TailwindProfile.For(version);
        var alone = new Dictionary<string[], string>();
        foreach (var page in new[] { First, Overlapping, WithVariants })
        {
            using var fresh = TailwindCompiler.Start(profile);
            alone[page] = fresh.Compile(page);
        }

        using var warm = TailwindCompiler.Start(profile);
        using var validator = TailwindCompiler.Start(profile); // a second lease on the same worker, as in a run
        Assert.Equal([true, true, false], validator.Known(["grid-cols-3", "md:p-8", "only-on-the-second"]));
        string[][] sequence = [First, Overlapping, WithVariants, First, WithVariants, Overlapping];
        foreach (var page in sequence)
            Assert.Equal(alone[page], warm.Compile(page));

        // The pages' CSS is real and their own: variants and arbitrary values made rules, and an earlier page's
        // classes do not leak into a later one.
        Assert.Contains(@".w-\[350px\]", alone[WithVariants]);
        Assert.Contains(@"hover\:bg-sky-600:hover", alone[WithVariants]);
        Assert.Contains(@".md\:p-8", alone[WithVariants]);
        Assert.Contains(@".grid-cols-3", alone[Overlapping]);
        Assert.DoesNotContain(@".items-center", alone[Overlapping]);
        Assert.DoesNotContain(@".grid-cols-3", alone[First]);
        Assert.DoesNotContain(@".text-gray-700", alone[WithVariants]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Class_questions_between_compiles_do_not_change_a_pages_css(int version)
    {
        var profile = TailwindProfile.For(version);
        string expected;
        using (var fresh = TailwindCompiler.Start(profile))
            expected = fresh.Compile(First);

        using var warm = TailwindCompiler.Start(profile);
        Assert.Equal([true, true, false], warm.Known(["grid-cols-3", "md:p-8", "only-on-the-second"]));
        Assert.Equal(expected, warm.Compile(First));
        Assert.Equal([true, false], warm.Known(["w-[350px]", "not-a-class"]));
        Assert.Equal(expected, warm.Compile(First));
    }
}
