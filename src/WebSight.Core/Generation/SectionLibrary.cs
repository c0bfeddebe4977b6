using System.Text.RegularExpressions;
using Scriban;

namespace WebSight.Core.Generation;

/// <summary>The parsed section templates, by kind (nav, hero, ...) then variant.</summary>
internal sealed partial class SectionLibrary
{
    private readonly Dictionary<string, IReadOnlyList<SectionTemplate>> _byKind;

    private SectionLibrary(Dictionary<string, IReadOnlyList<SectionTemplate>> byKind) => _byKind = byKind;

    public IReadOnlyCollection<string> Kinds => _byKind.Keys;

    public IReadOnlyList<SectionTemplate> Variants(string kind) =>
        _byKind.TryGetValue(kind, out var variants)
            ? variants
            : throw new TemplateSetException($"sections/{kind}/ holds no templates.");

    public bool Has(string kind) => _byKind.ContainsKey(kind);

    public static SectionLibrary Load(TemplateSource source)
    {
        const string folder = "sections/";
        var byKind = new SortedDictionary<string, List<SectionTemplate>>(StringComparer.Ordinal);
        foreach (var (path, text) in source.Files)
        {
            if (!path.StartsWith(folder, StringComparison.Ordinal) || !path.EndsWith(".sbn", StringComparison.Ordinal))
                continue;
            var parts = path[folder.Length..].Split('/');
            if (parts.Length != 2)
                throw new TemplateSetException($"{path}: section templates live at sections/<kind>/<variant>.sbn.");
            var template = Template.Parse(text, path);
            if (template.HasErrors)
                throw new TemplateSetException($"{path}: {string.Join("; ", template.Messages)}");
            var description = DescriptionLine().Match(text);
            if (!description.Success)
                throw new TemplateSetException(
                    $"{path}: the first line must be a comment describing the layout, like {{{{## a centred hero ... ##}}}}."
                );
            var kind = parts[0];
            var variant = Path.GetFileNameWithoutExtension(parts[1]);
            if (!byKind.TryGetValue(kind, out var list))
                byKind[kind] = list = [];
            var sells = text.Contains("Add to cart", StringComparison.OrdinalIgnoreCase);
            list.Add(new SectionTemplate(kind, variant, description.Groups[1].Value.Trim(), template, sells));
        }
        return new SectionLibrary(byKind.ToDictionary(p => p.Key, p => (IReadOnlyList<SectionTemplate>)p.Value));
    }

    [GeneratedRegex(@"\A\s*\{\{##\s*(.+?)\s*##\}\}")]
    private static partial Regex DescriptionLine();
}

/// <summary>A parsed section template; <see cref="SellsOnline"/> when it offers a cart, which only shops may show.</summary>
internal sealed record SectionTemplate(
    string Kind,
    string Variant,
    string Description,
    Template Template,
    bool SellsOnline
);
