using System.Reflection;

namespace WebSight.Core.Generation;

/// <summary>The files of a template set: the ones embedded in the tool, or a directory the user points at.</summary>
internal sealed class TemplateSource
{
    private const string EmbeddedPrefix = "templates/";

    private readonly IReadOnlyDictionary<string, string> _files;

    private TemplateSource(IReadOnlyDictionary<string, string> files, string origin)
    {
        _files = files;
        Origin = origin;
    }

    public string Origin { get; }

    public IEnumerable<KeyValuePair<string, string>> Files => _files;

    public static TemplateSource Embedded()
    {
        var assembly = typeof(TemplateSource).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
                continue;
            files[path[EmbeddedPrefix.Length..]] = ReadResource(assembly, name);
        }
        if (files.Count == 0)
            throw new InvalidOperationException("The tool was built without its embedded templates.");
        return new TemplateSource(files, "embedded");
    }

    public static TemplateSource FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Template directory '{directory}' does not exist.");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            files[relative] = File.ReadAllText(file);
        }
        return new TemplateSource(files, Path.GetFullPath(directory));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
