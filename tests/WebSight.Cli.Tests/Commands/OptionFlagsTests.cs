using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;
using WebSight.Core.Rendering;
using WebSight.Core.Tests.Support;

namespace WebSight.Cli.Tests.Commands;

/// <summary>A message that names a flag names one `websight` has: options speak the CLI's language, not a guess of it.</summary>
public sealed partial class OptionFlagsTests
{
    private static readonly Assembly[] OptionAssemblies =
    [
        typeof(RenderOptions).Assembly,
        Assembly.Load("WebSight.Review"),
    ];

    private static readonly string[] SourceFolders = ["src/WebSight.Core", "src/WebSight.Review"];

    [Fact]
    public void Every_flag_an_options_class_declares_is_a_flag_of_the_cli()
    {
        var declared = OptionAssemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.Name.EndsWith("Flag", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(declared);
        var flags = CliFlags();
        Assert.All(
            declared,
            field =>
                Assert.True(
                    flags.Contains((string)field.GetRawConstantValue()!),
                    $"{field.DeclaringType!.Name}.{field.Name} is '{field.GetRawConstantValue()}', which no verb has."
                )
        );
    }

    [Fact]
    public void Every_flag_an_options_exception_names_in_the_source_is_a_flag_of_the_cli()
    {
        var root = Repository.Root;
        var named = SourceFolders
            .SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            )
            .SelectMany(file =>
                NamedFlag()
                    .Matches(File.ReadAllText(file))
                    .Select(match => (File: Path.GetRelativePath(root, file), Flag: match.Groups["flag"].Value))
            )
            .ToList();

        Assert.NotEmpty(named);
        var flags = CliFlags();
        Assert.All(
            named,
            use => Assert.True(flags.Contains(use.Flag), $"{use.File} names '{use.Flag}', which no verb has.")
        );
    }

    /// <summary>The long names of every option of every verb, with their dashes.</summary>
    private static HashSet<string> CliFlags() =>
        typeof(ExitCodes)
            .Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(CommandSettings)))
            .SelectMany(type => type.GetProperties())
            .SelectMany(property => property.GetCustomAttributes<CommandOptionAttribute>())
            .SelectMany(option => option.LongNames)
            .Select(name => "--" + name)
            .ToHashSet();

    // The first argument of `new OptionsException(...)` when it is a literal that starts like a flag.
    [GeneratedRegex(@"OptionsException\(\s*""(?<flag>--[^""]*)""")]
    private static partial Regex NamedFlag();
}
