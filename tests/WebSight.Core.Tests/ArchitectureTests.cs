using System.Text.RegularExpressions;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests;

/// <summary>
/// The floor plan of WebSight.Core, read from its sources: stage folders stand on a foundation that imports none of
/// them, and no folder imports one that imports it back, so a stage can be read (and moved) without the runner.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string CoreSource = Path.Combine(Repository.Root, "src", "WebSight.Core");

    /// <summary>Every folder of Core and the other Core folders its files name.</summary>
    private static Dictionary<string, HashSet<string>> FolderImports()
    {
        var folders = Directory
            .EnumerateDirectories(CoreSource)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .ToHashSet(StringComparer.Ordinal);
        var imports = folders.ToDictionary(f => f!, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            foreach (
                var file in Directory.EnumerateFiles(
                    Path.Combine(CoreSource, folder!),
                    "*.cs",
                    SearchOption.AllDirectories
                )
            )
            {
                foreach (Match match in CoreNamespace().Matches(File.ReadAllText(file)))
                {
                    var named = match.Groups["folder"].Value;
                    if (named != folder && folders.Contains(named))
                        imports[folder!].Add(named);
                }
            }
        }
        return imports;
    }

    [Fact]
    public void The_foundation_imports_nothing_else_in_core()
    {
        Assert.Empty(FolderImports()["Foundation"]);
    }

    [Fact]
    public void No_folder_imports_one_that_imports_it_back()
    {
        var imports = FolderImports();
        bool Reaches(string from, string to, HashSet<string> seen) =>
            imports[from].Any(next => next == to || (seen.Add(next) && Reaches(next, to, seen)));
        var cycles = imports
            .SelectMany(pair => pair.Value.Where(to => Reaches(to, pair.Key, [])).Select(to => $"{pair.Key} -> {to}"))
            .ToList();
        Assert.True(cycles.Count == 0, "import cycles: " + string.Join(", ", cycles));
    }

    [Fact]
    public void Only_the_pipeline_folder_knows_every_stage()
    {
        var imports = FolderImports();
        Assert.Contains("Writing", imports["Pipeline"]);
        Assert.All(imports.Where(p => p.Key != "Pipeline"), pair => Assert.DoesNotContain("Pipeline", pair.Value));
    }

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var longFiles = Directory
            .EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            )
            .Select(f => (File: Path.GetRelativePath(Repository.Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300)
            .Select(f => $"{f.File} ({f.Lines})")
            .ToList();
        Assert.True(longFiles.Count == 0, "files over 300 lines: " + string.Join(", ", longFiles));
    }

    [GeneratedRegex(@"WebSight\.Core\.(?<folder>[A-Z]\w*)")]
    private static partial Regex CoreNamespace();
}
