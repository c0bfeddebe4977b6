using AngleSharp.Dom;

namespace WebSight.Core.Styling;

/// <summary>
/// One semantic class per styled element: its section (the generator's section kind, or for other pages the
/// landmark, id or tag of the body's child it sits in) and its role (from its tag and utilities), like
/// <c>hero-title</c> or <c>pricing-card</c>. Elements of one section with the same utilities share a class; a
/// numeric suffix only separates different utility lists that would get the same name.
/// </summary>
internal sealed class SemanticNames
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The class of each element that has utilities, and the utility lists behind each class.</summary>
    public Dictionary<IElement, string> ClassOf { get; } = [];

    public Dictionary<string, IReadOnlyList<string>> UtilitiesOf { get; } = new(StringComparer.Ordinal);

    /// <param name="sections">The generator's section names (kind/variant) in body order, when it made the page.</param>
    public static SemanticNames Assign(
        IDocument document,
        IReadOnlyList<string>? sections,
        Func<IElement, IReadOnlyList<string>> utilities
    )
    {
        var names = new SemanticNames();
        var root = document.DocumentElement;
        if (utilities(root) is { Count: > 0 } rootUtilities)
            names.Name(root, "page", "root", rootUtilities);
        if (document.Body is not { } body)
            return names;
        if (utilities(body) is { Count: > 0 } bodyUtilities)
            names.Name(body, "page", "body", bodyUtilities);
        var children = body.Children.ToList();
        var kinds =
            sections is { Count: > 0 } && sections.Count == children.Count
                ? sections.Select(s => Slug(s.Split('/')[0])).ToList()
                : children.Select(SectionOf).ToList();
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++)
        {
            var count = prefixes[kinds[i]] = prefixes.GetValueOrDefault(kinds[i]) + 1;
            var prefix = count == 1 ? kinds[i] : $"{kinds[i]}-{count}";
            var headings = 0;
            foreach (var element in (IEnumerable<IElement>)[children[i], .. children[i].Descendants<IElement>()])
            {
                if (utilities(element) is not { Count: > 0 } list)
                    continue;
                var role = element == children[i] ? "section" : ElementRoles.Of(element, list, ref headings);
                names.Name(element, prefix, role, list);
            }
        }
        return names;
    }

    private void Name(IElement element, string prefix, string role, IReadOnlyList<string> utilities)
    {
        var key = prefix + "\n" + string.Join(' ', utilities.Order(StringComparer.Ordinal));
        if (!_byKey.TryGetValue(key, out var name))
        {
            var stem = prefix == role ? prefix : $"{prefix}-{role}";
            name = stem;
            for (var n = 2; !_taken.Add(name); n++)
                name = $"{stem}-{n}";
            _byKey[key] = name;
            UtilitiesOf[name] = utilities;
        }
        ClassOf[element] = name;
    }

    /// <summary>A body child's name when no generator named it: its id, or its landmark, or "section".</summary>
    private static string SectionOf(IElement element)
    {
        if (element.Id is { Length: > 0 } id && Slug(id) is { Length: > 0 } slug)
            return slug;
        return element.LocalName switch
        {
            "nav" => "nav",
            "header" => "header",
            "footer" => "footer",
            "main" => "main",
            "aside" => "sidebar",
            "form" => "form",
            "article" => "article",
            _ => "section",
        };
    }

    /// <summary>Lower-case letters, digits and single hyphens, starting with a letter: a safe class-name stem.</summary>
    public static string Slug(string text)
    {
        var chars = new List<char>();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                chars.Add(c);
            else if (chars.Count > 0 && chars[^1] != '-')
                chars.Add('-');
        }
        var slug = new string([.. chars]).Trim('-');
        return slug.Length > 0 && char.IsAsciiLetter(slug[0]) ? slug
            : slug.Length > 0 ? "s-" + slug
            : "";
    }
}
